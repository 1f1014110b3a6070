import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
import { PartnerPage } from './pages/partner-page';

test('subscribe a partner, then upgrade mid-period and see the charge the shared cases predict', async ({ app }) => {
  expectOk(await app.desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' })));
  const partner = new PartnerPage(app.page);
  await partner.open('Lotus Digital');
  await expect(partner.plan).toContainText('No support plan yet.');

  await partner.startAction('Subscribe');
  await partner.setDate('2026-01-01', 'Start date');
  await partner.dialog.getByLabel('Billing').selectOption('yearly');
  await partner.dialog.getByLabel('Level').selectOption('standard');
  await expect(partner.quote).toContainText('Standard prepayment');
  await expect(partner.quote).toContainText('CN¥12,000.00');
  await partner.confirm('Confirm subscription');
  await expect(app.page.getByRole('status')).toContainText('Lotus Digital is subscribed.');
  await expect(partner.plan).toContainText('Standard');
  await expect(partner.plan).toContainText('30 technical cases a month');

  await partner.startAction('Change level');
  await partner.setDate('2026-07-01');
  await partner.dialog.getByLabel('New level').selectOption('premier');
  await expect(partner.quote).toContainText('184 of 365 days left');
  await expect(partner.quote).toContainText('CN¥6,049.32');
  await expect(partner.quote).toContainText('CN¥18,147.95');
  await expect(partner.quote).toContainText('To charge');
  await expect(partner.quote).toContainText('CN¥12,098.63');
  await partner.confirm('Confirm change');
  await expect(partner.charges.getByRole('row').filter({ hasText: 'Level change (charged)' })).toContainText('CN¥12,098.63');
});

test('downgrade, a frequent-change warning, and unsubscribe with a refund', async ({ app }) => {
  const created = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Azure Bay' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: created.id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'premier' },
    }),
  );
  const partner = new PartnerPage(app.page);
  await partner.open('Azure Bay');

  await partner.startAction('Change level');
  await partner.setDate('2026-02-15');
  await partner.dialog.getByLabel('New level').selectOption('standard');
  await expect(partner.quote).toContainText('To refund');
  await partner.confirm('Confirm change');
  await expect(app.page.getByRole('status')).toContainText('Azure Bay was downgraded.');

  await partner.startAction('Change level');
  await partner.setDate('2026-03-01');
  await partner.dialog.getByLabel('New level').selectOption('premier');
  await expect(partner.quote.getByRole('note')).toHaveText(/already changed on Feb 15, 2026, less than 30 days ago/);
  await partner.dialog.getByRole('button', { name: 'Cancel' }).click();

  await partner.startAction('Unsubscribe');
  await partner.setDate('2026-10-15');
  await expect(partner.quote).toContainText('78 of 365 days left');
  await expect(partner.quote).toContainText('still settled on Nov 1, 2026');
  await partner.confirm('Confirm unsubscribe');
  await expect(partner.plan).toContainText('Unsubscribes on Oct 15, 2026; no renewal.');
  await expect(partner.plan.getByRole('button', { name: 'Change level' })).toHaveCount(0);
  const plan = expectOk<{ charges: { kind: string; amount: number }[] }>(await app.desk.dispatch('subscriptions/get', { partnerId: created.id }));
  expect(plan.charges.map((c) => c.kind)).toEqual(['prepayment', 'change-refund', 'unsubscribe-refund']);
});

test('a refused change is a sentence, and nothing is stored', async ({ app }) => {
  const created = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Cedar Systems' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: created.id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'monthly', level: 'standard' },
    }),
  );
  const partner = new PartnerPage(app.page);
  await partner.open('Cedar Systems');
  await partner.startAction('Change level');
  await partner.setDate('2026-05-01');
  await expect(partner.quote.getByRole('alert')).toHaveText(
    'A change must be dated within the paid period, from Jan 1, 2026 to the day before Feb 1, 2026. If the period has ended, record the renewal first.',
  );
  await expect(partner.dialog.getByRole('button', { name: 'Confirm change' })).toBeDisabled();
  await partner.dialog.getByRole('button', { name: 'Cancel' }).click();
  const plan = expectOk<{ charges: unknown[] }>(await app.desk.dispatch('subscriptions/get', { partnerId: created.id }));
  expect(plan.charges).toHaveLength(1);
});

test('the price book: a negative price is refused with a sentence, and a saved change applies to new quotes only', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('note').filter({ hasText: 'sample prices' })).toBeVisible();
  await page.getByRole('note').getByRole('button', { name: 'Review prices' }).click();
  await expect(page.getByRole('heading', { name: 'Price book' })).toBeVisible();
  await page.getByLabel('Price book name').fill('Harbour programme 2026');
  await page.getByLabel('Add-on pack price (10 cases)').fill('-500');
  await page.getByRole('button', { name: 'Save reviewed prices' }).click();
  await expect(page.getByRole('alert')).toHaveText('Add-on pack price must be an amount such as 1234.50, and not negative.');
  expect(expectOk<{ reviewed: boolean }>(await app.desk.dispatch('price-book/get', {})).reviewed).toBe(false);

  await page.getByLabel('Add-on pack price (10 cases)').fill('800');
  await page.getByLabel('Premier yearly fee').fill('40000');
  await page.getByRole('button', { name: 'Save reviewed prices' }).click();
  await expect(page.getByRole('status')).toContainText('The price book was saved.');
  const book = expectOk<{ priceBook: { addonPackPrice: number; levels: { premier: { yearlyFee: number } } }; reviewed: boolean }>(
    await app.desk.dispatch('price-book/get', {}),
  );
  expect(book).toMatchObject({ reviewed: true, priceBook: { addonPackPrice: 80_000, levels: { premier: { yearlyFee: 4_000_000 } } } });
  await expect(page.getByRole('note').filter({ hasText: 'sample prices' })).toHaveCount(0);

  // M2: a change-level quote names the prices it was worked out from, as the manager named them.
  const created = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Cedar Systems' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: created.id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' },
    }),
  );
  const partner = new PartnerPage(page);
  await partner.open('Cedar Systems');
  await partner.startAction('Change level');
  await partner.setDate('2026-02-15');
  await partner.dialog.getByLabel('New level').selectOption('premier');
  await expect(partner.quote).toContainText('Price book: Harbour programme 2026 (CNY)');
});
