import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

import type { Desk } from '@main/desk';

import { aCase } from '../builders/cases';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { PartnerPage } from './pages/partner-page';

/** Screenshots to look at, beside the other helpers'. */
const SHOTS = process.env.PSD_SHOTS_DIR ?? join(process.cwd(), 'test-results', 'screens');

// Monday 2 March 2026, 10:00 Beijing.
const NOW = new Date('2026-03-02T02:00:00Z');

/** Debian poppler-utils: the PDF's text, page by page (form feeds separate pages). */
/** The PDF's first page as a PNG in the screens folder, to look at. */
const firstPagePng = (path: string, name: string) =>
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', path, join(SHOTS, name)]);

const pdfPages = (path: string): string[] =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((p) => p.trim() !== '');

/** A yearly Standard partner with two technical cases this month, a pack, and a KEA booking ahead. */
async function aPartnerMonth(desk: Desk): Promise<string> {
  const { partnerId } = await aSubscribedPartner(desk, {}, { name: 'Azure Bay Consulting' });
  for (const day of ['01', '02']) expectOk(await desk.dispatch('cases/open', aCase(partnerId, { openedAt: `2026-03-${day}T01:00:00Z` })));
  expectOk(await desk.dispatch('quotas/buy-pack', { partnerId, boughtOn: '2026-03-02', count: 1 }));
  expectOk(await desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-16', end: '2026-03-17', title: 'Spring sale' }));
  return partnerId;
}

/** Saves the statement (the harness prints the page to the data folder's exports) and answers the file's path. */
async function savePdf(page: Page, dataDir: string, language: string): Promise<string> {
  const path = join(dataDir, 'exports', `statement-Azure Bay Consulting-2026-03-02-${language}.pdf`);
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Statement saved to ${path}.` })).toBeVisible();
  return path;
}

test("a partner's statement from its page, as an A4 PDF in English and in Chinese, and as text", async ({ page, dataDir }) => {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  await aPartnerMonth(app.desk);
  await new PartnerPage(page).open('Azure Bay Consulting');
  const entry = page.getByRole('button', { name: 'Partner statement' });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Partner statement' })).toBeVisible();
  const cases = page.getByRole('region', { name: 'Technical cases in March 2026' });
  await expect(cases).toContainText('Used2');
  await expect(cases).toContainText('40 (30 included + 10 from add-on packs)');
  await expect(cases).toContainText('Left38');
  await expect(page.getByRole('region', { name: 'Bookings coming up' })).toContainText('Key Event Assurance · Spring sale');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: join(SHOTS, 'statement-en.png'), fullPage: true });

  const englishPdf = await savePdf(page, dataDir, 'en');
  firstPagePng(englishPdf, 'statement-pdf-en');
  const english = pdfPages(englishPdf);
  expect(english, 'one A4 page').toHaveLength(1);
  const en = english[0]!;
  for (const words of ['Partner statement', 'Azure Bay Consulting', 'Technical cases in March 2026', 'Key Event Assurance days', 'Add-on pack'])
    expect(en).toContain(words);
  expect(en).toMatch(/Used\s+2/);
  expect(en).toMatch(/Left\s+38/);
  expect(en).not.toContain('Save as PDF');

  await page.getByRole('radio', { name: '简体中文' }).check();
  await expect(page.getByRole('heading', { level: 1, name: '伙伴对账单' })).toBeVisible();
  // The app's own words stay English; only the statement changes language.
  await expect(page.getByRole('button', { name: 'Copy as text' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'statement-zh-CN-in-en-app.png'), fullPage: true });
  const chinesePdf = await savePdf(page, dataDir, 'zh-CN');
  firstPagePng(chinesePdf, 'statement-pdf-zh-CN');
  const chinese = pdfPages(chinesePdf);
  expect(chinese).toHaveLength(1);
  // pdftotext lays Chinese out with spaces between some characters: compared without them.
  const zh = chinese[0]!.replace(/\s+/g, '');
  for (const words of ['伙伴对账单', 'AzureBayConsulting', '2026年3月技术工单', '重大活动保障天数', '已用2', '剩余38']) expect(zh).toContain(words);

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Statement of Azure Bay Consulting copied as text.' })).toBeVisible();
  const text = app.services.copied[0]!;
  expect(text).toContain('伙伴对账单: Azure Bay Consulting');
  expect(text).toContain('  已用: 2');
  expect(text).toContain('  剩余: 38');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('the statement in a Chinese app', async ({ page, dataDir }) => {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  await aPartnerMonth(app.desk);
  await app.desk.dispatch('settings/update', { language: 'zh-CN' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: '伙伴' }).click();
  await page.getByRole('button', { name: 'Azure Bay Consulting', exact: true }).click();
  await page.screenshot({ path: join(SHOTS, 'partner-detail-zh-CN.png') });
  await page.getByRole('button', { name: '伙伴对账单' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '伙伴对账单' })).toBeVisible();
  await expect(page.getByRole('region', { name: '2026年3月技术工单' })).toContainText('剩余38');
  await page.screenshot({ path: join(SHOTS, 'statement-zh-CN.png'), fullPage: true });
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Partner statement' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});
