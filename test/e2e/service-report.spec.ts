import { execFileSync } from 'node:child_process';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

import { aReportMonth, REPORT_NOW } from '../builders/service-report-month';
import { aSubscribedPartner } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { PartnerPage } from './pages/partner-page';
import { ServiceReportPage } from './pages/service-report-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

/** Debian poppler-utils: the PDF's text, page by page (form feeds separate pages). */
const pdfPages = (path: string): string[] =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');

/** The PDF's first page as a PNG in the screens folder, to look at. */
async function firstPagePng(path: string, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  const prefix = join(SHOTS, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}

const start = (page: Page, dataDir: string) => launchApp(page, dataDir, { now: () => REPORT_NOW });

test("P4: a Premier partner's March from its page, with the figures, charts and a PDF of just the report", async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  await aReportMonth(app.desk);
  await new PartnerPage(page).open('Azure Bay Consulting');
  const entry = page.getByRole('button', { name: 'Monthly service report' });
  await expect(entry).toHaveAccessibleDescription('Included with Premier');
  // Keyboard: the button is reached and pressed like any other.
  await entry.focus();
  await page.keyboard.press('Enter');
  const report = new ServiceReportPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly service report' })).toBeVisible();
  // Today is 2 April: the report opens on April, so far; March is picked.
  await expect(page.getByText('The month so far, Apr 1, 2026 – Apr 2, 2026.')).toBeVisible();
  await report.chooseMonth('2026-03');
  await expect(page.getByText('The whole month, Mar 1, 2026 – Mar 31, 2026.')).toBeVisible();
  await expect(page.getByText('Azure Bay Consulting · March 2026')).toBeVisible();

  const usage = report.section('Usage');
  await expect(usage.getByRole('definition').nth(0)).toHaveText('4');
  await expect(usage.getByRole('definition').nth(1)).toHaveText('1');
  // Q5: Standard was in force for part of March, so the month has its 30 (one case used them).
  await expect(usage).toContainText('1 of 30 used');
  await expect(usage).toContainText('1 case voided as a data-entry mistake is left out (Q4).');
  await expect(report.chart(/^Cases opened per day in March 2026: 5 cases \(4 technical, 1 service\) on 5 days/)).toBeVisible();

  await expect(report.severityRow('Core production system unavailable').getByRole('cell')).toHaveText([
    '15 min',
    '1',
    '0',
    '1',
    '0',
    '0',
    '0%',
    '20 min',
    '20 min',
  ]);
  await expect(report.severityRow('Production system exception').getByRole('cell')).toHaveText(['3 h', '1', '1', '0', '0', '0', '100%', '1 h', '1 h']);
  await expect(report.severityRow('System exception').getByRole('cell')).toHaveText(['8 h', '1', '0', '0', '0', '1', '—', '—', '—']);
  await expect(report.severityRow('All cases').getByRole('cell')).toHaveText(['—', '5', '2', '2', '0', '1', '50%', '30 min', '1 h']);
  await expect(
    report.chart(/^First response against the target, per severity: Core production system unavailable: median 20 min, longest 20 min, target 15 min;/),
  ).toBeVisible();

  const bookings = report.section('Bookings');
  await expect(bookings).toContainText('Key Event Assurance days delivered2');
  await expect(bookings).toContainText('1 session, 6 h');
  await expect(bookings.getByRole('table', { name: 'Booked, not yet delivered' })).toContainText('Apr 15, 2026');
  await expect(report.section('Plan')).toContainText('Mar 10, 2026: Standard → Premier');
  await expect(report.section('Plan').getByRole('table', { name: 'Charges and refunds this month' })).toContainText('Level change (charged)');

  await mkdir(SHOTS, { recursive: true });
  // The app scrolls inside its main area, so a tall window shows the whole report.
  await page.setViewportSize({ width: 1280, height: 2100 });
  await page.screenshot({ path: join(SHOTS, 'service-report-en.png') });

  const path = await report.savePdf();
  const pages = pdfPages(path);
  const text = pages.join('\n');
  for (const words of [
    'Monthly service report',
    'Azure Bay Consulting',
    'March 2026',
    'Core production system unavailable',
    'Key Event Assurance days delivered',
    'Standard → Premier',
  ])
    expect(text).toContain(words);
  // Only the report: no navigation, no buttons, no status line.
  for (const words of ['Save as PDF', 'Partner Support Desk', 'Proration', 'Dismiss']) expect(text).not.toContain(words);
  expect(pages.length).toBeLessThanOrEqual(3);
  const png = await firstPagePng(path, 'service-report-pdf-en');
  expect((await stat(png)).size).toBeGreaterThan(10_000);

  await page.getByRole('navigation', { name: 'Back to the partner' }).getByRole('button', { name: 'Azure Bay Consulting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Azure Bay Consulting' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('P4: for a Standard partner the report is on request, and a month without cases says so', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  await aSubscribedPartner(app.desk, { level: 'standard' }, { name: 'Lotus Digital' });
  await new PartnerPage(page).open('Lotus Digital');
  await expect(page.getByRole('button', { name: 'Monthly service report' })).toHaveAccessibleDescription('On request');
  const report = new ServiceReportPage(page);
  await report.openFromPartner();
  await expect(page.locator('.report-meta').first()).toHaveText('Standard On request');
  await expect(report.section('Cases by severity and response times')).toContainText('No cases were opened this month.');
  await expect(report.chart(/^No cases were opened in April 2026\.$/)).toBeVisible();
  await expect(report.section('Usage')).toContainText('0 of 30 used');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('P4 in zh-CN: the report and its PDF in Chinese', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  await aReportMonth(app.desk, '华夏云科技');
  await app.desk.dispatch('settings/update', { language: 'zh-CN' });
  await page.reload();
  await page.getByRole('navigation').locator('[data-view="partners"]').click();
  await page.getByRole('button', { name: '华夏云科技', exact: true }).click();
  const report = new ServiceReportPage(page);
  await report.openFromPartner('月度服务报告');
  await report.chooseMonth('2026-03', '月份');
  await expect(page.getByText('华夏云科技 · 2026年3月')).toBeVisible();
  await expect(report.severityRow('全部工单', '按严重级别的工单与响应时间').getByRole('cell')).toHaveText([
    '—',
    '5',
    '2',
    '2',
    '0',
    '1',
    '50%',
    '30 分钟',
    '1 小时',
  ]);
  await page.setViewportSize({ width: 1280, height: 2100 });
  await page.screenshot({ path: join(SHOTS, 'service-report-zh-CN.png') });

  const path = await report.savePdf('另存为 PDF');
  const text = pdfPages(path).join('\n');
  for (const words of ['月度服务报告', '华夏云科技', '2026年3月', '核心生产系统', '重大活动保障', '标准级 → 高级']) expect(text).toContain(words);
  expect(text).not.toContain('另存为 PDF');
  await firstPagePng(path, 'service-report-pdf-zh-CN');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});
