import { join } from 'node:path';
import type { CaseRecordStored, PartnerPlan, QuotaMonth } from '../../electron/ipc/contract';
import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { SlaPage } from './pages/sla-page';
import type { Desk } from '../../electron/desk';
import { aCase } from '../builders/cases';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

async function partnerOn(desk: Desk, name: string, level: 'basic' | 'standard' | 'premier'): Promise<string> {
  const { id } = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner({ name })));
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId: id, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level } }));
  return id;
}


test('Q3: the 31st technical case of a Standard month is refused, one click buys a pack, then it is logged', async ({ page, dataDir }) => {
  // The page's clock and main's agree: 2 March 2026, 10:00 Beijing.
  await page.clock.setFixedTime(new Date('2026-03-02T02:00:00Z'));
  const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:00:00Z') });
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'standard');
  for (let i = 0; i < 30; i += 1) expectOk(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T02:00:00Z' })));
  const sla = new SlaPage(page);
  await sla.open();
  await sla.startNewCase('Lotus Digital');
  await sla.dialog.getByLabel('Severity', { exact: true }).selectOption({ label: 'System exception (response within 480 min)' });
  const refusal = sla.dialog.getByRole('alert');
  await expect(refusal).toContainText("This month's technical cases are used up (30 of 30). Buy an add-on pack of 10 or wait until");
  await refusal.getByRole('button', { name: /Buy an add-on pack of 10 cases \(CN¥500\.00\)/ }).click();
  await expect(sla.dialog.getByText('10 of 40 left this month')).toBeVisible();
  await sla.dialog.getByRole('button', { name: 'Log case' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Case logged for Lotus Digital.' })).toBeVisible();
  expect(expectOk<QuotaMonth>(await app.desk.dispatch('quotas/month', { partnerId, month: '2026-03' }))).toMatchObject({ used: 31, limit: 40 });
  const plan = expectOk<PartnerPlan>(await app.desk.dispatch('subscriptions/get', { partnerId }));
  expect(plan.charges.at(-1)).toMatchObject({ kind: 'addon-pack', amount: 50_000, date: '2026-03-02', rule: 'M7' });
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('C2: a Premier core-production case runs, goes at risk, then breaches, with one alert each', async ({ page, dataDir }) => {
  let now = new Date('2026-03-02T02:00:00Z');
  await page.clock.install({ time: new Date('2026-03-02T01:59:00Z') });
  const app = await launchApp(page, dataDir, { now: () => now });
  // The page's clock stands still from 10:00 Beijing until the test moves it.
  await page.clock.pauseAt(now);
  const partnerId = await partnerOn(app.desk, 'Azure Bay Consulting', 'premier');
  expectOk(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-1001' })));
  const sla = new SlaPage(page);
  await sla.open();
  const row = sla.row('Azure Bay Consulting');
  await expect(row).toContainText('Running');
  await expect(row).toContainText('15 min 00 s left');

  const advance = async (to: string) => {
    now = new Date(to);
    await page.clock.runFor(now.getTime() - (await page.evaluate(() => Date.now())));
  };
  await advance('2026-03-02T02:11:15Z');
  await expect(row).toContainText('At risk');
  await expect(row).toContainText('3 min 45 s left');
  await expect(sla.counts).toContainText('1 at risk · 0 breached');
  await expect(page.getByTestId('sla-badge')).toHaveText('1');
  await expect.poll(() => app.services.notified).toEqual([{ title: 'At risk: a case of Azure Bay Consulting', body: expect.stringContaining('Core production system unavailable') }]);

  await advance('2026-03-02T02:15:01Z');
  await expect(row).toContainText('Breached');
  await expect(row).toContainText('overdue by 0 min 01 s');
  await expect(sla.counts).toContainText('0 at risk · 1 breached');
  await expect.poll(() => app.services.notified.map((n) => n.title)).toEqual(['At risk: a case of Azure Bay Consulting', 'Breached: a case of Azure Bay Consulting']);
  // At most once per case and state, however long the clock keeps running.
  await advance('2026-03-02T03:00:00Z');
  await expect(row).toContainText('overdue by 45 min 00 s');
  expect(app.services.notified).toHaveLength(2);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('C3: correct a severity with the keyboard, then record the response; both stay in the history', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T02:20:00Z'));
  const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:20:00Z') });
  const partnerId = await partnerOn(app.desk, 'Harbour Cloud', 'premier');
  const opened = expectOk<CaseRecordStored>(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable' })));
  const sla = new SlaPage(page);
  await sla.open();
  await expect(sla.row('Harbour Cloud')).toContainText('Breached');
  await sla.openDetails('Harbour Cloud');
  await sla.dialog.getByRole('button', { name: 'Correct severity' }).press('Enter');
  await sla.dialog.getByLabel('Correct to').selectOption({ label: 'General guidance' });
  await sla.dialog.getByLabel('Reason', { exact: true }).fill('A how-to question, not an outage');
  await sla.dialog.getByLabel('Reason', { exact: true }).press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(sla.dialog.getByRole('listitem').filter({ hasText: 'Severity corrected' })).toContainText('Core production system unavailable → General guidance');
  await expect(sla.row('Harbour Cloud')).toContainText('not guaranteed');

  await sla.dialog.getByRole('button', { name: 'Record response' }).click();
  await sla.dialog.getByLabel('Responded by').fill('Wang Fang');
  await sla.dialog.getByRole('button', { name: 'Record response' }).click();
  await expect(sla.dialog.getByRole('listitem').filter({ hasText: 'Response recorded' })).toBeVisible();
  await expect(sla.row('Harbour Cloud')).toContainText('Answered');
  const stored = expectOk<CaseRecordStored>(await app.desk.dispatch('cases/get', { id: opened.id }));
  expect(stored).toMatchObject({ state: 'responded', respondedBy: 'Wang Fang', correctedSeverity: 'general-guidance', severity: 'core-production-unavailable' });
  expect(stored.history.map((h) => h.action)).toEqual(['opened', 'correct-severity', 'respond']);
  // A response dated before the opening is refused with a sentence, and nothing changes.
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`SLA screens in ${language}`, async ({ page, dataDir }) => {
    await page.clock.setFixedTime(new Date('2026-03-02T02:12:00Z'));
    const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:12:00Z') });
    const premier = await partnerOn(app.desk, '华夏云科技', 'premier');
    const standard = await partnerOn(app.desk, 'Lotus Digital', 'standard');
    const basic = await partnerOn(app.desk, 'Azure Bay Consulting', 'basic');
    expectOk(await app.desk.dispatch('cases/open', aCase(premier, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-2001' })));
    expectOk(await app.desk.dispatch('cases/open', aCase(premier, { openedAt: '2026-03-02T01:00:00Z', severity: 'production-unavailable', customer: '深圳零售' })));
    expectOk(await app.desk.dispatch('cases/open', aCase(standard, { openedAt: '2026-03-02T01:30:00Z', severity: 'production-exception' })));
    expectOk(await app.desk.dispatch('cases/open', aCase(basic, { openedAt: '2026-03-02T01:00:00Z', kind: 'service', category: 'accounting-dispute', severity: undefined })));
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page.getByRole('navigation').locator('button').nth(1).click();
    await expect(page.locator('tbody tr')).toHaveCount(4);
    await page.screenshot({ path: join(SHOTS, `sla-${language}.png`) });
    await page.locator('.view-header button.primary').click();
    await page.getByRole('dialog').locator('select').first().selectOption({ label: 'Lotus Digital' });
    await expect(page.getByRole('dialog').locator('.entry-check dl')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-entry-${language}.png`) });
    await page.keyboard.press('Escape');
    await page.locator('tbody tr').first().getByRole('button').click();
    await expect(page.getByRole('dialog').locator('ol.timeline li')).toHaveCount(1);
    await page.screenshot({ path: join(SHOTS, `case-detail-${language}.png`) });
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}

test("a partner's page lists its cases and logs a new one, by keyboard alone", async ({ page, dataDir }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T02:00:00Z'));
  const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:00:00Z') });
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'basic');
  expectOk(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-01T02:00:00Z', kind: 'service', category: 'accounting-dispute', severity: undefined, customer: 'Old Customer' })));
  // The partner list was read when the page opened, before this partner existed.
  await page.reload();
  await page.getByRole('button', { name: 'Lotus Digital', exact: true }).click();
  const card = page.getByRole('region', { name: 'Cases', exact: true });
  await expect(card.getByRole('table', { name: 'Cases of Lotus Digital' })).toContainText('Old Customer');
  await card.getByRole('button', { name: 'New case' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  // Focus starts on the customer: the partner is already chosen.
  await page.keyboard.type('Hangzhou Foods');
  await dialog.getByRole('radio', { name: 'Service support' }).check();
  await expect(dialog.getByText('Basic cases have no severity: each is accepted within 1 working day.')).toBeVisible();
  // Basic: accepted within 1 working day (T5): Monday 10:00 Beijing → Tuesday 10:00.
  await expect(dialog.getByText('Beijing Mar 3, 2026, 10:00 AM')).toBeVisible();
  await dialog.getByLabel('Vendor reference').focus();
  await page.keyboard.type('VC-77');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Cases', exact: true })).toContainText('Hangzhou Foods');
  await page.screenshot({ path: join(SHOTS, 'partner-cases-en.png'), fullPage: true });
  // A technical case on Basic is refused before saving, with the sentence that says why.
  await page.getByRole('region', { name: 'Cases', exact: true }).getByRole('button', { name: 'New case' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Basic includes service support only. Technical cases need Standard or Premier.');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});
