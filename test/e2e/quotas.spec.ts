import { join } from 'node:path';

import type { Desk } from '@main/desk';

import { aBooking } from '../builders/bookings';
import { aPartner } from '../builders/partners';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
import { PartnerPage } from './pages/partner-page';
import { QuotasPage } from './pages/quotas-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

/** Technical cases through the real entry channel, on 1 and 2 March 2026 (the harness's today is 2 March, Beijing). */
async function openCases(desk: Desk, partnerId: string, count: number) {
  for (let i = 0; i < count; i++) {
    const openedAt = `2026-03-0${1 + (i % 2)}T0${i % 2}:${String(i).padStart(2, '0')}:00Z`;
    expectOk(await desk.dispatch('cases/open', { partnerId, kind: 'technical', category: 'product-error-or-fault', severity: 'system-exception', openedAt }));
  }
}

test('Q1-Q3 / M7: a Standard partner at 30 of 30 buys a pack with the keyboard and has 40', async ({ app }) => {
  const { partnerId } = await aSubscribedPartner(app.desk, { level: 'standard' }, { name: 'Lotus Digital' });
  await aSubscribedPartner(app.desk, { level: 'premier' }, { name: 'Azure Bay' });
  await openCases(app.desk, partnerId, 30);
  const quotas = new QuotasPage(app.page);
  await quotas.open();

  await expect(quotas.casesMeter('Lotus Digital')).toHaveAccessibleName('Technical cases used in March 2026: 30 of 30');
  await expect(quotas.row('Lotus Digital')).toContainText('30 / 30');
  await expect(quotas.row('Lotus Digital')).toContainText('Used up');
  await expect(quotas.row('Azure Bay')).toContainText('Unlimited');
  await expect(quotas.buyButton('Azure Bay')).toHaveCount(0);

  // Keyboard only: from the month picker, Tab to the row's button, Enter, Tab to confirm, Enter.
  await app.page.getByLabel('Month').focus();
  await quotas.tabTo(quotas.buyButton('Lotus Digital'));
  await app.page.keyboard.press('Enter');
  await expect(quotas.dialog).toBeVisible();
  await expect(quotas.dialog).toContainText('CN¥500.00');
  await expect(quotas.dialog).toContainText('Mar 2, 2026');
  await expect(quotas.dialog).toContainText('Mar 31, 2026');
  const confirm = quotas.dialog.getByRole('button', { name: 'Buy and charge CN¥500.00' });
  await quotas.tabTo(confirm);
  await app.page.keyboard.press('Enter');
  await expect(quotas.dialog).toBeHidden();

  await expect(app.page.getByRole('status')).toContainText('Add-on pack bought for Lotus Digital: CN¥500.00 charged on Mar 2, 2026.');
  await expect(quotas.casesMeter('Lotus Digital')).toHaveAccessibleName('Technical cases used in March 2026: 30 of 40');
  await expect(quotas.row('Lotus Digital')).toContainText('30 / 40');
  await expect(quotas.row('Lotus Digital')).toContainText('+10 until Mar 31, 2026');

  // M7: the charge is recorded on the partner's page, dated today.
  const partner = new PartnerPage(app.page);
  await partner.open('Lotus Digital');
  await expect(partner.charges.getByRole('row').filter({ hasText: 'Mar 2, 2026' })).toContainText('CN¥500.00');
});

test('filters by name and level, sorts, and reads another month', async ({ app }) => {
  await aSubscribedPartner(app.desk, { level: 'standard' }, { name: 'Lotus Digital' });
  await aSubscribedPartner(app.desk, { level: 'basic' }, { name: 'Cedar Systems' });
  expectOk(await app.desk.dispatch('partners/create', aPartner({ name: 'Birch Cloud' })));
  const quotas = new QuotasPage(app.page);
  await quotas.open();
  const names = quotas.table.getByRole('rowheader');
  await expect(names).toHaveText(['Birch Cloud', 'Cedar Systems', 'Lotus Digital']);
  await quotas.table.getByRole('button', { name: 'Partner' }).click();
  await expect(names).toHaveText(['Lotus Digital', 'Cedar Systems', 'Birch Cloud']);
  await app.page.getByLabel('Plan', { exact: true }).selectOption('none');
  await expect(names).toHaveText(['Birch Cloud']);
  await expect(quotas.row('Birch Cloud')).toContainText('No plan');
  await app.page.getByLabel('Plan', { exact: true }).selectOption('all');
  await app.page.getByLabel('Partner', { exact: true }).fill('cedar');
  await expect(names).toHaveText(['Cedar Systems']);
  await expect(quotas.row('Cedar Systems')).toContainText('Not included');
  await app.page.getByLabel('Month').fill('2026-04');
  await expect(app.page.getByRole('table', { name: 'Quotas of April 2026' })).toBeVisible();
});

for (const [language, words] of [
  ['en', { nav: 'Quotas' }],
  ['zh-CN', { nav: '配额' }],
] as const) {
  test(`quotas screen in ${language}`, async ({ app }) => {
    const { page, desk } = app;
    const lotus = await aSubscribedPartner(desk, { level: 'standard' }, { name: 'Lotus Digital' });
    const huaxia = await aSubscribedPartner(desk, { level: 'standard', billing: 'monthly', start: '2026-02-01' }, { name: '华夏云科技' });
    const azure = await aSubscribedPartner(desk, { level: 'premier' }, { name: 'Azure Bay Consulting' });
    await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Cedar Systems' });
    expectOk(await desk.dispatch('partners/create', aPartner({ name: 'Birch Cloud' })));
    await openCases(desk, lotus.partnerId, 30);
    expectOk(await desk.dispatch('quotas/buy-pack', { partnerId: lotus.partnerId, boughtOn: '2026-03-02', count: 1 }));
    await openCases(desk, huaxia.partnerId, 4);
    await desk.store.put('bookings', aBooking(lotus.partnerId, { kind: 'kea', start: '2026-02-10', end: '2026-02-11', method: null }));
    await desk.store.put('bookings', aBooking(lotus.partnerId, { start: '2026-03-02' }));
    await desk.store.put('bookings', aBooking(azure.partnerId, { start: '2026-02-20', method: 'on-site', venue: 'Shenzhen', venueConfirmed: true }));
    await desk.store.put('bookings', aBooking(azure.partnerId, { kind: 'consulting', start: '2026-02-03', hours: 6, method: null }));
    await desk.dispatch('settings/update', { language });
    await page.reload();
    await new QuotasPage(page).open(words.nav);
    await expect(page.getByRole('rowheader', { name: '华夏云科技' })).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `quotas-${language}.png`), fullPage: true });
  });
}
