import { expect, test } from './harness';
import { PartnersPage } from './pages/partners-page';

test('a partner created in the app is still there after a restart', async ({ app, restart }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await expect(app.page.getByText('No partners yet')).toBeVisible();
  await partners.create({ name: 'Lotus Digital', contactName: 'Zhang Min', contactEmail: 'zhang.min@lotus.example' });
  await expect(app.page.getByRole('status')).toContainText('Lotus Digital was added.');
  await expect(partners.row('Lotus Digital')).toContainText('zhang.min@lotus.example');

  const again = await restart();
  const after = new PartnersPage(again.page);
  await after.open();
  await expect(after.row('Lotus Digital')).toContainText('Zhang Min');
});

test('the list sorts by a column and filters by text', async ({ app }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await partners.create({ name: 'Cedar Systems', contactName: 'Wang Fang' });
  await partners.create({ name: 'Azure Bay', contactName: 'Chen Jie' });
  await partners.create({ name: 'Birch Cloud', contactName: 'Liu Yang' });
  await expect.poll(() => partners.names()).toEqual(['Azure Bay', 'Birch Cloud', 'Cedar Systems']);

  await partners.table.getByRole('button', { name: 'Name' }).click();
  await expect.poll(() => partners.names()).toEqual(['Cedar Systems', 'Birch Cloud', 'Azure Bay']);
  await expect(partners.table.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');

  await app.page.getByLabel('Filter partners').fill('liu');
  await expect.poll(() => partners.names()).toEqual(['Birch Cloud']);
  await app.page.getByLabel('Filter partners').fill('nobody');
  await expect(app.page.getByText('No partner matches this filter.')).toBeVisible();
});

test('editing and archiving a partner, with the keyboard', async ({ app }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await partners.create({ name: 'Delta Works' });
  await partners.row('Delta Works').getByRole('button', { name: 'Edit Delta Works' }).focus();
  await app.page.keyboard.press('Enter');
  await expect(partners.dialog.getByRole('heading', { name: 'Edit Delta Works' })).toBeVisible();
  await partners.dialog.getByLabel('Contact phone').fill('+86 21 5555 0199');
  await app.page.keyboard.press('Enter');
  await expect(partners.row('Delta Works')).toBeVisible();
  await expect(app.page.getByRole('status')).toContainText('Delta Works was saved.');

  await partners.row('Delta Works').getByRole('button', { name: 'Archive Delta Works' }).click();
  await expect(partners.row('Delta Works')).toHaveCount(0);
  await app.page.getByLabel('Show archived').check();
  await expect(partners.row('Delta Works')).toContainText('Archived');
  const stored = await app.desk.dispatch('partners/list', { includeArchived: true });
  expect(stored).toMatchObject({ ok: true, data: [{ name: 'Delta Works', archived: true, contactPhone: '+86 21 5555 0199' }] });
});

test('bad input is answered with a sentence and nothing is stored', async ({ app }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await partners.create({ name: 'Echo Tech', contactEmail: 'echo-at-example' });
  await expect(partners.dialog.getByRole('alert')).toHaveText('Contact email is not a valid email address; write it as name@example.com.');
  await expect(partners.dialog.getByLabel('Contact email')).toHaveAttribute('aria-invalid', 'true');
  await partners.fill({ name: '', contactEmail: '' });
  await partners.dialog.getByRole('button', { name: 'Save' }).click();
  await expect(partners.dialog.getByRole('alert')).toHaveText('Name is required.');
  await partners.dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await app.desk.dispatch('partners/list', { includeArchived: true })).toEqual({ ok: true, data: [] });

  await partners.create({ name: 'Foxtrot Data' });
  await partners.create({ name: 'FOXTROT DATA' });
  await expect(partners.dialog.getByRole('alert')).toHaveText('A partner named Foxtrot Data already exists. Choose another name or edit the existing partner.');
});

test('the table keeps its sort and column choices after a restart', async ({ app, restart }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await partners.create({ name: 'Azure Bay', contactEmail: 'a@azure.example' });
  await partners.create({ name: 'Birch Cloud', contactEmail: 'b@birch.example' });
  await partners.table.getByRole('button', { name: 'Name' }).click();
  await app.page.getByText('Columns', { exact: true }).click();
  await app.page.getByRole('group', { name: 'Show columns' }).getByLabel('Email').uncheck();
  await expect(partners.table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);

  const again = await restart();
  const after = new PartnersPage(again.page);
  await after.open();
  await expect.poll(() => after.names()).toEqual(['Birch Cloud', 'Azure Bay']);
  await expect(after.table.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);
  await expect(after.table.getByRole('columnheader', { name: 'Contact' })).toBeVisible();
});
