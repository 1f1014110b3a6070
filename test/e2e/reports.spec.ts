import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { readWorkbook } from '@main/export/xlsx';
import { parseCsv } from '@main/import/csv';
import type { BillingReport, QuotaSummary } from '@main/ipc/contract';

import { aPartner } from '../builders/partners';
import { aReportPortfolio } from '../builders/report-portfolio';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, type RunningApp, test } from './harness';
import { ReportsPage } from './pages/reports-page';

const run = promisify(execFile);
const SHOTS = join(process.cwd(), 'test-results', 'screens');
const APRIL = { now: () => new Date('2026-04-10T02:00:00Z') };
const RANGE = { from: '2026-01', to: '2026-04' };

/** The app on 10 April 2026 (Beijing) over the report portfolio, on the Reports view. */
type Ids = Awaited<ReturnType<typeof aReportPortfolio>>;

async function openReports(
  page: RunningApp['page'],
  dataDir: string,
  more: (app: RunningApp, ids: Ids) => Promise<unknown> = async () => undefined,
): Promise<{ app: RunningApp; reports: ReportsPage; ids: Ids }> {
  const app = await launchApp(page, dataDir, APRIL);
  const ids = await aReportPortfolio(app.desk);
  await more(app, ids);
  const reports = new ReportsPage(app.page);
  await reports.open();
  return { app, reports, ids };
}

/** The main area scrolls inside the window, so a tall window shows both summaries whole. */
async function shoot(app: RunningApp, name: string): Promise<void> {
  await mkdir(SHOTS, { recursive: true });
  await app.page.setViewportSize({ width: 1280, height: 1700 });
  await app.page.locator(':focus').blur();
  await app.page.screenshot({ path: join(SHOTS, name) });
  await app.page.setViewportSize({ width: 1280, height: 800 });
}

const core = async (app: RunningApp) => expectOk<BillingReport>(await app.desk.dispatch('reports/billing-summary', RANGE));
const linesOf = (report: BillingReport) => report.partners.flatMap((p) => p.months.flatMap((m) => m.lines));

test.afterEach(async ({ page }) => {
  await page.close();
});

test("M8: the billing summary exports as CSV and Excel with core's figures", async ({ page, dataDir }) => {
  const { app, reports } = await openReports(page, dataDir);
  await reports.chooseRange(RANGE.from, RANGE.to);
  const expected = await core(app);
  const total = `${(expected.totals[0]?.amount ?? 0) / 100}`;
  await expect(reports.section('Billing summary').getByTestId('billing-total')).toContainText(Number(total).toLocaleString('en', { minimumFractionDigits: 2 }));
  await expect(reports.section('Billing summary').getByTestId('billing-total')).toContainText('+ 3 fees not known yet');
  await expect(reports.section('Billing summary')).toContainText('3 incremental fees are not known yet');

  // One table per CSV file, the header on its first line: the lines in one, the totals in another.
  const csv = parseCsv(await readFile(await reports.export('Export Billing summary', 'CSV: Billing'), 'utf8')).records.map((r) => r.fields);
  expect(csv[0]).toEqual(['Partner', 'Month', 'Date', 'Line', 'Plan', 'Rule', 'Amount', 'Currency', 'Note']);
  expect(csv.slice(1).map((r) => [r[5], r[6]])).toEqual(linesOf(expected).map((l) => [l.rule, l.amount === null ? '' : String(l.amount / 100)]));
  const csvTotals = parseCsv(await readFile(await reports.export('Export Billing summary', 'CSV: Totals'), 'utf8')).records.map((r) => r.fields);
  expect(csvTotals[0]).toEqual(['Partner', 'Currency', 'Amount', 'Fees not known yet']);
  expect(csvTotals.at(-1)).toEqual(['All partners', 'CNY', total, String(expected.pending)]);

  const [sheet, totals] = await readWorkbook(await readFile(await reports.export('Export Billing summary', 'Excel')));
  expect(sheet?.rows.slice(1).map((r) => r[6])).toEqual(linesOf(expected).map((l) => (l.amount === null ? null : l.amount / 100)));
  expect(totals?.rows.at(-1)).toEqual(['All partners', 'CNY', Number(total), expected.pending]);
  await app.desk.close();
});

test('the quota summary exports as CSV and Excel; its SLA table rates per severity', async ({ page, dataDir }) => {
  const { app, reports, ids } = await openReports(page, dataDir, async ({ desk }, { lotus }) =>
    expectOk(
      await desk.dispatch('cases/open', {
        partnerId: lotus,
        kind: 'technical',
        category: 'product-error-or-fault',
        severity: 'system-exception',
        openedAt: '2026-04-01T02:00:00Z',
      }),
    ),
  );
  const expected = expectOk<QuotaSummary>(await app.desk.dispatch('reports/quota-summary', { month: '2026-04' }));
  // The header says "Met rate (%)": the cell is the number alone.
  await expect(
    reports
      .section('Quota summary')
      .getByRole('row', { name: /^System exception/ })
      .getByRole('cell'),
  ).toHaveText(['0', '1', '0.00', '0', '0']);

  const csv = parseCsv(await readFile(await reports.export('Export Quota summary', 'CSV: Quotas'), 'utf8')).records.map((r) => r.fields);
  expect(csv[0]?.slice(0, 2)).toEqual(['Partner', 'Plan']);
  expect(csv.slice(1).map((r) => r[0])).toEqual(expected.rows.map((r) => r.partnerName));
  const lotus = csv.find((r) => r[0] === 'Lotus Digital');
  const row = expected.rows.find((r) => r.partnerId === ids.lotus);
  expect(row?.cases.status).toBe('unlimited');
  expect(lotus?.slice(0, 6)).toEqual(['Lotus Digital', 'Premier', '', '', '', 'Unlimited']);
  const slaCsv = parseCsv(await readFile(await reports.export('Export Quota summary', 'CSV: SLA performance'), 'utf8')).records.map((r) => r.fields);
  expect(slaCsv[0]?.[0]).toBe('Severity');
  expect(slaCsv.at(-1)?.[0]).toBe('All severities');
  const [quotas, sla] = await readWorkbook(await readFile(await reports.export('Export Quota summary', 'Excel')));
  expect(quotas?.rows.slice(1).map((r) => r[0])).toEqual(expected.rows.map((r) => r.partnerName));
  expect(sla?.rows.at(-1)).toEqual([
    'All severities',
    expected.sla.total.met,
    expected.sla.total.missed,
    expected.sla.total.pending,
    expected.sla.total.notGuaranteed,
    (expected.sla.total.metRateBp ?? 0) / 100,
  ]);
  // C2: unanswered past its 8 hours, the case missed its target.
  expect(expected.sla.total).toMatchObject({ met: 0, missed: 1, metRateBp: 0 });
  await app.desk.close();
});

test('a portfolio year is built in main with progress pushed to the page', async ({ page, dataDir }) => {
  const app = await launchApp(page, dataDir, APRIL);
  for (let i = 0; i < 25; i++) expectOk(await app.desk.dispatch('partners/create', aPartner({ name: `Partner ${String(i).padStart(2, '0')}` })));
  await aReportPortfolio(app.desk);
  const reports = new ReportsPage(app.page);
  await reports.open();
  await reports.chooseRange('2025-05', '2026-04');
  const path = await reports.export('Export Billing summary', 'Excel');
  expect(path).toMatch(/\.xlsx$/);
  const progress = app.emitted.filter((e) => e.event === 'reports/export-progress').map((e) => e.payload);
  expect(progress.length).toBeGreaterThan(2);
  expect(progress.at(-1)).toMatchObject({ done: 1, total: 1 });
  expect(progress.some((p) => 'done' in p && p.done < p.total)).toBe(true);
  await expect(app.page.getByRole('progressbar')).toHaveCount(0);
  await app.desk.close();
});

test("entering a month's consumption settles its fee; the zh-CN PDF shows the figures", async ({ page, dataDir }) => {
  const { app, reports, ids } = await openReports(page, dataDir);
  // The partner's Cloud consumption card: Azure's February, typed as a manager would.
  await app.page.getByRole('navigation').getByRole('button', { name: 'Partners', exact: true }).click();
  await app.page.getByRole('button', { name: '蓝海科技', exact: true }).first().click();
  const card = app.page.getByRole('region', { name: 'Cloud consumption' });
  await card.getByLabel('Month').fill('2026-02');
  await card.getByLabel('Consumption (CNY)').fill('-5');
  await card.getByRole('button', { name: 'Save consumption' }).click();
  await expect(card.getByRole('alert')).toHaveText(/not negative/);
  await card.getByLabel('Consumption (CNY)').fill('98,765.43');
  await card.getByLabel('Consumption (CNY)').press('Enter');
  await expect(card.getByRole('row', { name: /February 2026/ })).toContainText('98,765.43');
  expect(app.desk.store.read().consumption).toContainEqual(expect.objectContaining({ partnerId: ids.azure, month: '2026-02', amount: 9_876_543 }));

  await app.desk.dispatch('settings/update', { language: 'zh-CN' });
  await app.page.reload();
  await reports.open('报表');
  await reports.chooseRange(RANGE.from, RANGE.to, { from: '起始月份', to: '截止月份' });
  const expected = await core(app);
  expect(expected.pending).toBe(2);
  await shoot(app, 'reports-zh-CN.png');
  const pdf = await reports.export('导出账单汇总', 'PDF', /^已保存到 (.+)。$/);
  const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
  expect(text).toContain('账单汇总');
  expect(text).toContain('蓝海科技');
  expect(text).not.toContain('配额汇总');
  // Every known amount of core's summary is printed (its digits; the sign and ¥ sit around them).
  const digits = (minor: number) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(Math.abs(minor) / 100);
  for (const l of linesOf(expected)) expect(text).toContain(l.amount === null ? '尚未知晓' : digits(l.amount));
  expect(text).toContain(digits(expected.totals[0]?.amount ?? 0));
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(SHOTS, 'reports-pdf-zh-CN')]);
  await app.desk.close();
});

test('screens: the Reports view in English', async ({ page, dataDir }) => {
  const { app, reports } = await openReports(page, dataDir);
  await reports.chooseRange(RANGE.from, RANGE.to);
  await expect(reports.section('Billing summary')).toContainText('Lotus Digital');
  await shoot(app, 'reports-en.png');
  await app.desk.close();
});
