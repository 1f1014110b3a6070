import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { TodayAnswer } from '@main/ipc/contract/today';

import { aCase } from '../builders/cases';
import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, type RunningApp, test } from './harness';

const SHOTS = process.env.PSD_SHOTS_DIR ?? join(process.cwd(), 'test-results', 'screens');
// Monday 2 March 2026, 10:00 Beijing: main's clock and the page's agree.
const NOW = new Date('2026-03-02T02:00:00Z');

/** The sample portfolio loaded, then the app started again on it: Today is the first screen once there are partners. */
async function withSample(page: Page, dataDir: string, language: 'en' | 'zh-CN' = 'en'): Promise<RunningApp> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  expectOk(await app.desk.dispatch('sample/load', {}));
  expectOk(await app.desk.dispatch('settings/update', { language }));
  await page.reload();
  return app;
}

const item = (page: Page, kind: string) => page.locator(`button.today-item[data-kind="${kind}"]`);
const answer = async (app: RunningApp) => expectOk<TodayAnswer>(await app.desk.dispatch('today/items', {}));
const nav = (page: Page) => page.getByRole('navigation');

test('with the sample, Today is the first screen: a breached case, a quota near its end and a renewal, each opening its place', async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const today = await answer(app);
  const first = <K extends string>(kind: K) => today.items.find((i) => i.kind === kind)!;

  // C2: a breached case, with its partner, reference and due time.
  const breached = first('case-breached') as Extract<TodayAnswer['items'][number], { caseId: string }>;
  await expect(item(page, 'case-breached').first()).toContainText('breached');
  await expect(item(page, 'case-breached').first()).toContainText(breached.partnerName);
  // Q1: the busy Standard partner's quota, with the day it runs out.
  const quota = first('quota-near-limit') as Extract<TodayAnswer['items'][number], { kind: 'quota-near-limit' }>;
  await expect(item(page, 'quota-near-limit')).toContainText(`${quota.used} of ${quota.limit} technical cases used this month`);
  // S1: a renewal due.
  await expect(item(page, 'renewal-due').first()).toContainText('is due for renewal on');
  // Counted in the navigation, like the SLA badge.
  await expect(nav(page).getByTestId('today-badge')).toHaveText(String(today.total));
  await expect(nav(page).getByRole('button', { name: /^Today/ })).toHaveAttribute('aria-description', `${today.total} things to do today`);

  // The case opens over its partner's page (the opened-record host shows its detail).
  await item(page, 'case-breached').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText(breached.vendorRef);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: breached.partnerName })).toBeVisible();

  // The quota opens the partner's page.
  await nav(page)
    .getByRole('button', { name: /^Today/ })
    .click();
  await item(page, 'quota-near-limit').click();
  await expect(page.getByRole('heading', { level: 1, name: quota.partnerName })).toBeVisible();

  // The renewal opens the partner's page too, where the plan is renewed.
  await nav(page)
    .getByRole('button', { name: /^Today/ })
    .click();
  const renewal = first('renewal-due') as Extract<TodayAnswer['items'][number], { kind: 'renewal-due' }>;
  await item(page, 'renewal-due').first().click();
  await expect(page.getByRole('heading', { level: 1, name: renewal.partnerName })).toBeVisible();

  // A booking opens its detail over the bookings view.
  await nav(page)
    .getByRole('button', { name: /^Today/ })
    .click();
  await item(page, 'booking-soon').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bookings' })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await app.desk.close();
});

test('keyboard: the items are reached with Tab and opened with Enter; axe finds nothing serious', async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await nav(page)
    .getByRole('button', { name: /^Today/ })
    .focus();
  // Past the rest of the navigation to the first item, the most urgent one.
  let reached = false;
  for (let i = 0; i < 20 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = (await page.evaluate("document.activeElement?.classList.contains('today-item') ?? false")) === true;
  }
  expect(reached).toBe(true);
  await expect(page.locator('button.today-item').first()).toBeFocused();
  // Visible focus: the app's :focus-visible outline.
  const focusOutline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
  expect(focusOutline).not.toBe('none');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await app.desk.close();
});

test('a kind hidden in Settings leaves the Today view and its count', async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  await expect(item(page, 'renewal-due').first()).toBeVisible();
  const before = await answer(app);
  const renewals = before.counts['renewal-due'] ?? 0;
  expect(renewals).toBeGreaterThan(0);
  await nav(page)
    .getByRole('button', { name: /^Settings/ })
    .click();
  const kinds = page.getByRole('group', { name: 'Kinds shown on the Today view' });
  await kinds.getByRole('checkbox', { name: 'Renewals due' }).uncheck();
  await expect(nav(page).getByTestId('today-badge')).toHaveText(String(before.total - renewals));
  await nav(page)
    .getByRole('button', { name: /^Today/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  await expect(item(page, 'renewal-due')).toHaveCount(0);
  await expect(page.getByText('1 kind of item is hidden in Settings.')).toBeVisible();
  // Kept: after a restart the kind stays hidden.
  await page.reload();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  await expect(item(page, 'renewal-due')).toHaveCount(0);
  await app.desk.close();
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the Today view in ${language}, 1280x800`, async ({ page, dataDir }) => {
    const app = await withSample(page, dataDir, language);
    await expect(page.getByRole('heading', { level: 1, name: language === 'en' ? 'Today' : '今日待办' })).toBeVisible();
    await expect(item(page, 'quota-near-limit')).toBeVisible();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `today-${language}.png`) });
    await item(page, 'quota-near-limit').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `today-${language}-quota.png`) });
    await nav(page)
      .getByRole('button', { name: language === 'en' ? /^Settings/ : /^设置/ })
      .click();
    await page.locator('.settings-today').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `today-settings-${language}.png`) });
    await app.desk.close();
  });
}

test('the count beside Today follows a change at once: a breached case answered leaves the list without a visit to Today', async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  const before = await answer(app);
  await expect(nav(page).getByTestId('today-badge')).toHaveText(String(before.total));
  const breached = before.items.find((i) => i.kind === 'case-breached') as Extract<TodayAnswer['items'][number], { caseId: string }>;
  await item(page, 'case-breached').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(breached.vendorRef);
  await dialog.getByRole('button', { name: 'Record response' }).click();
  await dialog.getByLabel('Responded by').fill('Wang Fang');
  await dialog.getByRole('button', { name: 'Record response' }).click();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Response recorded' })).toBeVisible();
  // Well within the minute between the regular refreshes.
  await expect(nav(page).getByTestId('today-badge')).toHaveText(String(before.total - 1), { timeout: 5000 });
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test("the start asks for Today's items first and once, and for the SLA board only after they arrived", async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  // From the next load on: every call the page makes, in the order made and answered.
  await page.addInitScript(`(() => {
    window.__calls = [];
    const invoke = window.desk.invoke;
    window.desk.invoke = async (channel, request) => {
      window.__calls.push('ask ' + channel);
      try { return await invoke(channel, request); } finally { window.__calls.push('answer ' + channel); }
    };
  })()`);
  await page.reload();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  await expect.poll(() => page.evaluate<string[]>('window.__calls')).toContain('answer sla/board');
  const calls = await page.evaluate<string[]>('window.__calls');
  expect(calls[0]).toBe('ask today/items');
  expect(calls.filter((c) => c === 'ask today/items')).toHaveLength(1);
  expect(calls.indexOf('ask sla/board')).toBeGreaterThan(calls.indexOf('answer today/items'));
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a long Today list: all of it, keyboard first to last, and a line for what is beyond it', async ({ page, dataDir }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  const partnerId = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Cedar Solutions' }))).id;
  expectOk(
    await app.desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' } }),
  );
  // 60 cases never answered, 25 in January, 25 in February, 10 on 1 March: all breached now (C2).
  for (let i = 0; i < 60; i++) {
    const day = i < 25 ? `2026-01-${String(i + 2).padStart(2, '0')}` : i < 50 ? `2026-02-${String(i - 23).padStart(2, '0')}` : '2026-03-01';
    expectOk(await app.desk.dispatch('cases/open', aCase(partnerId, { openedAt: `${day}T0${i % 8}:00:00Z` })));
  }
  await page.reload();
  const { items, counts } = await answer(app);
  expect(counts['case-breached']).toBe(60);
  // The first screen draws the first items at once; the rest follow, each once.
  await expect(page.locator('button.today-item')).toHaveCount(items.length);
  const texts = await page.locator('button.today-item .today-item-text').allInnerTexts();
  expect(texts.at(0)).toContain('Cedar Solutions');
  expect(new Set(texts).size).toBe(items.length);
  await expect(page.locator('.today-more')).toContainText('Breached cases: and 10 more');
  // The last item is reached with the keyboard, and the line after it.
  await page.locator('button.today-item').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Open the SLA clocks for all 60' })).toBeFocused();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('Today needs nothing of the other screens: it shows, styled and counted, while they are held back; they load after it, unasked', async ({
  page,
  dataDir,
}) => {
  const app = await withSample(page, dataDir);
  // The other screens' chunk (renderer/app/screens.tsx) waits until the test lets it through.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(/\/assets\/screens-[^/]+\.(js|css)$/, async (route) => {
    asked.push(route.request().url());
    await held;
    await route.fallback();
  });
  await page.reload();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  // The counts' pills are styled by the first script's stylesheet.
  const badge = nav(page).getByTestId('sla-badge');
  await expect(badge).toBeVisible();
  expect(await badge.evaluate((e) => e.ownerDocument.defaultView?.getComputedStyle(e).borderRadius)).toBe('999px');
  // Asked for once Today is on, without a click.
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  // A screen chosen meanwhile shows once they arrive.
  await nav(page)
    .getByRole('button', { name: /^SLA clocks/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'SLA clocks' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('the other screens failing to load: a sentence in place of the screen, and Reload brings them', async ({ page, dataDir }) => {
  const app = await withSample(page, dataDir);
  const screens = /\/assets\/screens-[^/]+\.(js|css)$/;
  await page.route(screens, (route) => route.abort());
  await page.reload();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  await nav(page).getByRole('button', { name: 'Partners' }).click();
  await expect(page.getByRole('alert')).toHaveText('This screen could not be loaded. Reload the app to try again.Reload');
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'screens-failed-en.png') });
  await page.unroute(screens);
  await page.getByRole('alert').getByRole('button', { name: 'Reload' }).click();
  await expect(item(page, 'case-breached').first()).toBeVisible();
  await nav(page).getByRole('button', { name: 'Partners' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});
