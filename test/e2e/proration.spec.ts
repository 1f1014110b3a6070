import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { samplePriceBook } from '@core/money';
import type { PartnerPlan, PriceBookState } from '@main/ipc/contract';

import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { expect, type RunningApp, test } from './harness';
import { PriceBookSettings } from './pages/price-book-settings';
import { ProrationPage } from './pages/proration-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

// en writes CNY as "CN¥"; the amounts are matched from the yen sign on.
const OLD_SURPLUS = /¥6,049\.32/;
const NEW_REMAINING = /¥18,147\.95/;
const NET = /¥12,098\.63/;

/** A Standard yearly partner subscribed on 2026-01-01 (sample prices: 12,000.00 / 36,000.00 a year), quoted for Premier on 2026-07-01. */
async function upgradeQuote(app: RunningApp): Promise<{ partnerId: string; calculator: ProrationPage }> {
  const { partnerId } = await aSubscribedPartner(app.desk);
  const calculator = new ProrationPage(app.page);
  await calculator.open();
  await calculator.choosePartner('Harbour Cloud Consulting');
  await calculator.quote('2026-07-01', 'Premier');
  await expect(calculator.breakdown).toBeVisible();
  return { partnerId, calculator };
}

/** Records the channels the page calls from now on. */
function spyOnCalls(app: RunningApp): string[] {
  const calls: string[] = [];
  const dispatch = app.desk.dispatch;
  app.desk.dispatch = ((channel, request) => {
    calls.push(String(channel));
    return dispatch(channel, request);
  }) as typeof dispatch;
  return calls;
}

test('M3-M5: upgrading a Standard yearly partner to Premier mid-year shows every number', async ({ app }) => {
  const { calculator } = await upgradeQuote(app);
  await expect(app.page.getByRole('heading', { level: 2, name: 'Standard → Premier on Jul 1, 2026' })).toBeVisible();
  await expect(calculator.line(/^Days in the period/)).toContainText('365 days');
  await expect(calculator.line(/^Days remaining/)).toContainText('184 of 365 days');
  await expect(calculator.line(/^Old surplus/)).toContainText(OLD_SURPLUS);
  await expect(calculator.line(/^Old surplus/)).toContainText('× 184 / 365 days');
  await expect(calculator.line(/^New remaining/)).toContainText(NEW_REMAINING);
  await expect(calculator.line(/^Net/)).toContainText(NET);
  await expect(app.page.getByText(/^Charged to the partner: (CN)?¥12,098\.63$/).first()).toBeVisible();

  const options = calculator.options;
  await expect(options.getByRole('row', { name: /Stay on Standard/ })).toContainText('Nothing changes.');
  await expect(options.getByRole('row', { name: /Upgrade to Premier/ })).toContainText(NET);
  await expect(options.getByRole('row', { name: /Downgrade to Basic/ })).toContainText(/Refunded to the partner: (CN)?¥6,049\.32/);
  await expect(options.getByRole('row', { name: /^Unsubscribe/ })).toContainText(/Refunded to the partner: (CN)?¥6,049\.32/);

  // Sample prices: Standard 1,000.00 a month (yearly / 12) + 500.00 a pack; Premier 3,000.00.
  await expect(app.page.getByText(/^From 71 technical cases a month, Premier is cheaper/)).toBeVisible();
  await expect(app.page.getByRole('table', { name: 'When does Premier pay off?' }).getByRole('row', { name: /^71/ })).toContainText(/¥3,500\.00.*¥3,000\.00/);
});

test('the quote is copied as text and saved as a PDF', async ({ app }) => {
  const { calculator } = await upgradeQuote(app);
  await calculator.button('Copy quote').click();
  await expect(app.page.getByRole('status')).toHaveText(/The quote was copied to the clipboard\./);
  expect(app.services.copied).toHaveLength(1);
  const text = app.services.copied[0] ?? '';
  for (const amount of [OLD_SURPLUS, NEW_REMAINING, NET, /184 of 365 days/, /Harbour Cloud Consulting/]) expect(text).toMatch(amount);

  await calculator.button('Save as PDF').click();
  await expect(app.page.getByRole('status')).toContainText('The quote was saved as');
  const path = (await app.page.getByRole('status').innerText()).match(/saved as (.+\.pdf)\./)?.[1] ?? '';
  const pdf = await readFile(path);
  expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
  await mkdir(SHOTS, { recursive: true });
  await copyFile(path, join(SHOTS, 'proration-quote.pdf'));
});

test('applying the change records the charge and opens the partner page', async ({ app }) => {
  const { partnerId, calculator } = await upgradeQuote(app);
  await calculator.apply();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Harbour Cloud Consulting' })).toBeVisible();
  await expect(app.page.getByRole('status')).toContainText('Harbour Cloud Consulting: Upgrade to Premier on Jul 1, 2026 was recorded.');
  const plan = expectOk<PartnerPlan>(await app.desk.dispatch('subscriptions/get', { partnerId }));
  expect(plan.charges).toContainEqual(expect.objectContaining({ kind: 'change-charge', amount: 1_209_863, date: '2026-07-01', level: 'premier', rule: 'M5' }));
});

test('S4: a refusal and a warning from main are sentences', async ({ app }) => {
  const { partnerId } = await aSubscribedPartner(app.desk);
  expectOk(await app.desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'change', on: '2026-06-20', level: 'premier' } }));
  const calculator = new ProrationPage(app.page);
  await calculator.open();
  await calculator.choosePartner('Harbour Cloud Consulting');
  await calculator.quote('2026-07-01', 'Premier');
  await expect(calculator.problems).toHaveText('The partner is already on Premier on that date. Pick another level.');
  await calculator.quote('2026-07-01', 'Standard');
  await expect(app.page.getByText(/^The level was already changed on Jun 20, 2026, less than 30 days ago\./)).toBeVisible();
  await expect(calculator.line(/^Net/)).toBeVisible();
});

test('ad-hoc: bad input is answered before asking main, then the same numbers come out', async ({ app }) => {
  const calculator = new ProrationPage(app.page);
  await calculator.open();
  await calculator.chooseAdhoc({ periodStart: '2026-01-01', periodEnd: '2025-12-01', paid: '12000', level: 'Standard' });
  const calls = spyOnCalls(app);
  await calculator.quote('2026-07-01', 'Premier');
  await expect(calculator.problems).toHaveText('The period must end after it starts.');
  await expect(app.page.getByLabel('Period end')).toHaveAttribute('aria-invalid', 'true');
  await app.page.screenshot({ path: join(SHOTS, 'proration-adhoc-problem-en.png') });
  await calculator.chooseAdhoc({ periodEnd: '2027-01-01', paid: 'twelve thousand' });
  await app.page.getByRole('button', { name: 'Calculate' }).click();
  await expect(calculator.problems).toHaveText('Enter the amount paid as a number, such as 12000.00.');
  expect(calls).toEqual([]);

  await calculator.chooseAdhoc({ paid: '12,000.00' });
  await app.page.getByRole('button', { name: 'Calculate' }).click();
  await expect(calculator.line(/^Net/)).toContainText(NET);
  await expect(calculator.line(/^Days remaining/)).toContainText('184 of 365 days');
  expect(calls.every((c) => c === 'proration/quote')).toBe(true);
  await expect(calculator.button('Apply this change')).toHaveCount(0);

  // M6: an unsubscribe returns the old surplus; the month's incremental fee is still to come.
  await calculator.quote('2026-07-01', 'Unsubscribe');
  await expect(calculator.line(/^Refund/)).toContainText(OLD_SURPLUS);
  await expect(app.page.getByText(/^The incremental fee of July 2026 is still settled on the 1st of next month \(Aug 1, 2026\)/)).toBeVisible();
});

test('M2: the price review asks for a name, and the quote names its prices by it', async ({ app }) => {
  const { page } = app;
  await aSubscribedPartner(app.desk);
  const settings = new PriceBookSettings(page);
  await settings.open();
  // The shipped name is not offered as the user's: the review asks for one.
  await expect(settings.name).toHaveValue('');
  await settings.save();
  await expect(settings.form.getByRole('alert')).toHaveText('Give the price book a name of your own: quotes show it beside their prices.');
  await expect(settings.name).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.name).toBeFocused();
  expect(expectOk<PriceBookState>(await app.desk.dispatch('price-book/get', {})).reviewed).toBe(false);
  await settings.name.fill('Harbour programme 2026');
  await settings.save();
  await expect(page.getByRole('status')).toContainText('The price book was saved.');

  const calculator = new ProrationPage(page);
  await calculator.open();
  await calculator.choosePartner('Harbour Cloud Consulting');
  await calculator.quote('2026-07-01', 'Premier');
  await expect(calculator.pricesLine).toHaveText('Price book: Harbour programme 2026 (CNY)');
  await calculator.button('Copy quote').click();
  await expect(page.getByRole('status')).toHaveText(/copied/);
  expect(app.services.copied[0]).toMatch(/Price book: Harbour programme 2026 \(CNY\)$/);
  expect(app.services.copied[0]).not.toMatch(/sample/i);
});

test('M2: a price book reviewed before the review asked for a name is never called SAMPLE', async ({ app }) => {
  // As an older desk.json holds it: reviewed, with the shipped name still stored.
  expectOk(await app.desk.dispatch('price-book/update', { priceBook: samplePriceBook }));
  const { calculator } = await upgradeQuote(app);
  await expect(calculator.pricesLine).toHaveText('Price book: Reviewed price book (no name given) (CNY)');
  await expect(app.page.getByText(/SAMPLE/)).toHaveCount(0);
  const settings = new PriceBookSettings(app.page);
  await settings.open();
  await expect(
    settings.section.getByText('This price book has no name yet, so quotes call it “Reviewed price book (no name given)”. Give it a name and save.'),
  ).toBeVisible();
  await expect(settings.name).toHaveValue('');
});

for (const [language, words] of [
  ['en', { nav: 'Proration calculator', source: 'Quote for', on: 'Date of the change', target: 'Change to', calculate: 'Calculate', premier: 'Premier' }],
  ['zh-CN', { nav: '费用试算', source: '试算对象', on: '变更日期', target: '变更为', calculate: '计算', premier: '高级' }],
] as const) {
  test(`proration screen in ${language}`, async ({ app }) => {
    const { page, desk } = app;
    await aSubscribedPartner(desk);
    await desk.dispatch('settings/update', { language });
    // The app scrolls inside its main area, so a tall window shows the whole view at once.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.reload();
    await page.getByRole('navigation').getByRole('button', { name: words.nav }).click();
    await page.getByLabel(words.source).selectOption({ label: 'Harbour Cloud Consulting' });
    await page.getByLabel(words.on).fill('2026-07-01');
    await page.getByLabel(words.target).selectOption({ label: words.premier });
    await page.getByRole('button', { name: words.calculate }).click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `proration-${language}.png`), fullPage: true });
    if (language === 'en') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(SHOTS, 'proration-dark.png'), fullPage: true });
    }
  });
}
