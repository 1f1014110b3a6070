import { join } from 'node:path';

import type { Desk } from '@main/desk';
import { buildCase } from '@main/handlers/case-entry';
import type { CaseRecordStored, PartnerPlan, QuotaMonth } from '@main/ipc/contract';

import { aCase } from '../builders/cases';
import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { SlaPage } from './pages/sla-page';

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
  await sla.dialog.getByLabel('Severity', { exact: true }).selectOption({ label: 'System exception (response within 8 h)' });
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
  expectOk(
    await app.desk.dispatch(
      'cases/open',
      aCase(partnerId, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-1001' }),
    ),
  );
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
  await expect
    .poll(() => app.services.notified)
    .toEqual([{ title: 'At risk: a case of Azure Bay Consulting', body: expect.stringContaining('Core production system unavailable') }]);

  await advance('2026-03-02T02:15:01Z');
  await expect(row).toContainText('Breached');
  await expect(row).toContainText('0 min 01 s overdue');
  await expect(sla.counts).toContainText('0 at risk · 1 breached');
  await expect
    .poll(() => app.services.notified.map((n) => n.title))
    .toEqual(['At risk: a case of Azure Bay Consulting', 'Breached: a case of Azure Bay Consulting']);
  // At most once per case and state, however long the clock keeps running.
  await advance('2026-03-02T03:00:00Z');
  await expect(row).toContainText('45 min 00 s overdue');
  expect(app.services.notified).toHaveLength(2);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('C3: correct a severity with the keyboard, then record the response; both stay in the history', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T02:20:00Z'));
  const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:20:00Z') });
  const partnerId = await partnerOn(app.desk, 'Harbour Cloud', 'premier');
  const opened = expectOk<CaseRecordStored>(
    await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable' })),
  );
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
  await expect(sla.dialog.getByRole('listitem').filter({ hasText: 'Severity corrected' })).toContainText(
    'Core production system unavailable → General guidance',
  );
  await expect(sla.row('Harbour Cloud')).toContainText('not guaranteed');

  await sla.dialog.getByRole('button', { name: 'Record response' }).click();
  await sla.dialog.getByLabel('Responded by').fill('Wang Fang');
  await sla.dialog.getByRole('button', { name: 'Record response' }).click();
  await expect(sla.dialog.getByRole('listitem').filter({ hasText: 'Response recorded' })).toBeVisible();
  await expect(sla.row('Harbour Cloud')).toContainText('Answered');
  const stored = expectOk<CaseRecordStored>(await app.desk.dispatch('cases/get', { id: opened.id }));
  expect(stored).toMatchObject({
    state: 'responded',
    respondedBy: 'Wang Fang',
    correctedSeverity: 'general-guidance',
    severity: 'core-production-unavailable',
  });
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
    expectOk(
      await app.desk.dispatch(
        'cases/open',
        aCase(premier, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-2001' }),
      ),
    );
    expectOk(
      await app.desk.dispatch('cases/open', aCase(premier, { openedAt: '2026-03-02T01:00:00Z', severity: 'production-unavailable', customer: '深圳零售' })),
    );
    expectOk(await app.desk.dispatch('cases/open', aCase(standard, { openedAt: '2026-03-02T01:30:00Z', severity: 'production-exception' })));
    expectOk(
      await app.desk.dispatch(
        'cases/open',
        aCase(basic, { openedAt: '2026-03-02T01:00:00Z', kind: 'service', category: 'accounting-dispute', severity: undefined }),
      ),
    );
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page.getByRole('navigation').locator('[data-view="sla"]').click();
    await expect(page.locator('tbody tr')).toHaveCount(4);
    await page.screenshot({ path: join(SHOTS, `sla-${language}.png`) });
    await page.locator('.view-header button.primary').click();
    await page.getByRole('dialog').locator('select').first().selectOption({ label: 'Lotus Digital' });
    await expect(page.getByRole('dialog').locator('.entry-check dl')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `case-entry-${language}.png`) });
    await page.keyboard.press('Escape');
    await page.locator('tbody tr').first().locator('button.open-case').click();
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
  expectOk(
    await app.desk.dispatch(
      'cases/open',
      aCase(partnerId, { openedAt: '2026-03-01T02:00:00Z', kind: 'service', category: 'accounting-dispute', severity: undefined, customer: 'Old Customer' }),
    ),
  );
  // The partner list was read when the page opened, before this partner existed.
  await page.reload();
  await page.getByRole('navigation').locator('[data-view="partners"]').click();
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
  await expect(dialog.getByText('Beijing Mar 3, 2026, 10:00')).toBeVisible();
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

test('C1 / C2: a due instant keeps its milliseconds: answered at it is met, unanswered at it is at risk', async ({ page, dataDir }) => {
  // Standard, production system unavailable: 30 minutes from 01:00:00.500, so due at 01:30:00.500 exactly.
  const now = new Date('2026-03-02T01:30:00.500Z');
  await page.clock.setFixedTime(now);
  const app = await launchApp(page, dataDir, { now: () => now });
  const answeredId = await partnerOn(app.desk, 'Answered Exactly', 'standard');
  const waitingId = await partnerOn(app.desk, 'Waiting Still', 'standard');
  const opening = { openedAt: '2026-03-02T01:00:00.500Z', severity: 'production-unavailable' };
  const answered = expectOk<CaseRecordStored>(await app.desk.dispatch('cases/open', aCase(answeredId, opening)));
  expectOk(await app.desk.dispatch('cases/update', { id: answered.id, change: { action: 'respond', respondedAt: '2026-03-02T01:30:00.500Z' } }));
  expectOk(await app.desk.dispatch('cases/open', aCase(waitingId, opening)));
  const sla = new SlaPage(page);
  await sla.open();
  await expect(sla.row('Answered Exactly')).toContainText('Met');
  await expect(sla.row('Waiting Still')).toContainText('At risk');
  await expect(sla.row('Waiting Still')).toContainText('0 min 00 s left');
  await expect(sla.counts).toContainText('1 at risk · 0 breached');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

/** Cases of every look the board has: long names, corrected severities, Basic's target, every state. */
async function aVariedBoard(desk: Desk): Promise<void> {
  const premier = await partnerOn(desk, 'Meridian Networks International 184', 'premier');
  const standard = await partnerOn(desk, 'Lotus Digital', 'standard');
  const basic = await partnerOn(desk, 'Azure Bay Consulting', 'basic');
  const open = async (partnerId: string, overrides: Record<string, unknown>) =>
    expectOk<CaseRecordStored>(
      await desk.dispatch('cases/open', aCase(partnerId, { customer: 'Shenzhen Retail Holdings Co.', vendorRef: 'VR-202603-33642412', ...overrides })),
    );
  await open(premier, { openedAt: '2026-03-01T02:00:00Z', severity: 'core-production-unavailable' });
  await open(premier, { openedAt: '2026-03-02T01:50:00Z', severity: 'production-unavailable' });
  const corrected = await open(standard, { openedAt: '2026-03-02T01:40:00Z', severity: 'system-exception' });
  expectOk(
    await desk.dispatch('cases/update', { id: corrected.id, change: { action: 'correct-severity', severity: 'general-guidance', reason: 'A question' } }),
  );
  await open(standard, { openedAt: '2026-03-01T20:00:00Z', severity: 'production-exception' });
  await open(basic, { openedAt: '2026-03-02T01:00:00Z', kind: 'service', category: 'accounting-dispute', severity: undefined });
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`the board fits a 1280 x 800 window in ${language}, with room for a scroll bar`, async ({ page, dataDir }) => {
    await page.clock.setFixedTime(new Date('2026-03-02T02:12:00Z'));
    const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:12:00Z') });
    await aVariedBoard(app.desk);
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page.getByRole('navigation').locator('[data-view="sla"]').click();
    const scroller = page.locator('.sla-scroll');
    const firstButton = scroller.locator('tbody tr').first().locator('button.open-case');
    await expect(scroller.locator('tbody tr')).toHaveCount(5);
    await page.screenshot({ path: join(SHOTS, `sla-fit-${language}.png`) });
    // Headless Chromium draws no scroll bars: the board must also fit 17 px narrower, as beside a classic one.
    for (const width of [1280, 1263]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth), `horizontal overflow at ${width} px`).toBe(0);
      await expect(firstButton).toBeInViewport({ ratio: 1 });
      // The header's actions share its line; the four filters share one line.
      const header = page.locator('.view-header');
      const [title, importButton, newCase] = await Promise.all(
        [header.locator('h1'), header.getByRole('button').first(), header.getByRole('button').last()].map((l) => l.boundingBox()),
      );
      expect(importButton!.y).toBeLessThan(title!.y + title!.height);
      expect(Math.abs(newCase!.y - importButton!.y), 'Import cases and New case on one line').toBeLessThan(2);
      const selects = await page.locator('.filters select').evaluateAll((all) => all.map((el) => el.getBoundingClientRect().top));
      expect(new Set(selects.map(Math.round)).size, 'the filters on one line').toBe(1);
    }
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}

test('a row opens its case on a click anywhere, and on Enter on its partner button', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(new Date('2026-03-02T02:12:00Z'));
  const app = await launchApp(page, dataDir, { now: () => new Date('2026-03-02T02:12:00Z') });
  const partnerId = await partnerOn(app.desk, 'Harbour Cloud', 'premier');
  expectOk(
    await app.desk.dispatch(
      'cases/open',
      aCase(partnerId, { openedAt: '2026-03-02T02:00:00Z', severity: 'core-production-unavailable', vendorRef: 'VC-3001' }),
    ),
  );
  const sla = new SlaPage(page);
  await sla.open();
  // The severity is short on the board, whole in its tooltip and for a screen reader.
  const severity = sla.row('Harbour Cloud').locator('td').nth(5);
  await expect(severity).toHaveText(/^Core prod\. down/);
  await expect(severity.locator('[title]')).toHaveAttribute('title', 'Core production system unavailable');
  await expect(sla.table.getByRole('cell', { name: 'Core production system unavailable' })).toBeVisible();

  await sla.openCaseButton('Harbour Cloud').focus();
  await expect(sla.openCaseButton('Harbour Cloud')).toHaveAccessibleName('Open case of Harbour Cloud VC-3001');
  await page.keyboard.press('Enter');
  await expect(sla.dialog.getByRole('heading', { name: /^Case of Harbour Cloud/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sla.dialog).toHaveCount(0);
  await sla.row('Harbour Cloud').getByText('Premier').click();
  await expect(sla.dialog.getByRole('heading', { name: /^Case of Harbour Cloud/ })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a case just logged is brought into view on a long board, highlighted and focused, even past the filters', async ({ page, dataDir }) => {
  const now = new Date('2026-03-02T02:00:00Z');
  await page.clock.setFixedTime(now);
  const app = await launchApp(page, dataDir, { now: () => now });
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'premier');
  await partnerOn(app.desk, 'Azure Bay Consulting', 'basic');
  // 400 open cases all due within 3 hours: the new one, due in 16, sorts last.
  await app.desk.store.putMany('cases', (data) => ({
    items: Array.from({ length: 400 }, (_, i) =>
      buildCase({
        data,
        monthCases: [],
        request: {
          partnerId,
          kind: 'technical',
          category: 'product-error-or-fault',
          severity: 'production-exception',
          openedAt: new Date(now.getTime() - i * 20_000).toISOString(),
        },
        id: `busy-${i}`,
        now: now.toISOString(),
      }),
    ),
    result: null,
  }));
  const sla = new SlaPage(page);
  await sla.open();
  await expect(sla.table).toHaveAttribute('aria-rowcount', '401');
  // Only Basic's cases shown: none, and the new Premier case would be hidden.
  await page.getByRole('group', { name: 'Filter the cases' }).getByLabel('Level').selectOption({ label: 'Basic' });
  await sla.startNewCase('Lotus Digital');
  await sla.dialog.getByLabel('Severity', { exact: true }).selectOption('general-guidance');
  await sla.dialog.getByLabel('Vendor reference').fill('VC-NEW-1');
  await sla.dialog.getByRole('button', { name: 'Log case' }).click();
  await expect(sla.dialog).toHaveCount(0);

  const logged = sla.table.locator('tbody tr').filter({ hasText: 'VC-NEW-1' });
  await expect(logged).toHaveClass(/just-logged/);
  // Whole, but for a fraction of a pixel where the last row meets the board's edge.
  await expect(logged).toBeInViewport({ ratio: 0.99 });
  await expect(logged.getByRole('button', { name: 'Open case of Lotus Digital VC-NEW-1' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Filter the cases' }).getByLabel('Level')).toHaveValue('');
  expect(Number(await logged.getAttribute('aria-rowindex'))).toBe(402);
  await page.screenshot({ path: join(SHOTS, 'sla-just-logged-en.png') });
  // Briefly: the highlight goes, the case stays in view; Enter opens it.
  await expect(logged).not.toHaveClass(/just-logged/, { timeout: 6000 });
  await page.keyboard.press('Enter');
  await expect(sla.dialog.getByRole('heading', { name: /^Case of Lotus Digital/ })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});
