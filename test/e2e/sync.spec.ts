import { access, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';

import type { Partner } from '@main/ipc/contract';
import type { AttentionEntry, SyncStatus } from '@main/ipc/contract/sync';
import { startSyncServer, type SyncServer } from '@main/sync/server/server';
import { addManager } from '@main/sync/server/tokens';

import { aCase } from '../builders/cases';
import { aPartner } from '../builders/partners';
import { tempDataDir } from '../builders/services';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, type RunningApp, test } from './harness';
import { syncIndicator, TeamSync } from './pages/team-sync-page';

const SHOTS = process.env.SHOTS_DIR ?? join(process.cwd(), 'test-results', 'screens');

const indicator = syncIndicator;

/** WCAG 2.1 A and AA, as axe checks them: the serious and critical violations inside `selector`. */
async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`);
}

/** A loopback port nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

test('sync is off by default: Settings says so, the header shows nothing, and no sync folder is made', async ({ app }) => {
  const sync = new TeamSync(app.page);
  await sync.open();
  await expect(sync.section.getByRole('switch', { name: 'Sync this desk with the team' })).not.toBeChecked();
  await expect(sync.section.getByTestId('sync-settings-state')).toHaveText('Sync off');
  await expect(sync.section).toContainText('A desk that never turns sync on opens no connection');
  await expect(indicator(app.page)).toHaveCount(0);
  await expect(app.page.getByRole('button', { name: 'Hand to another manager…' })).toHaveCount(0);
  expect(await seriousViolations(app.page, '.settings-sync')).toEqual([]);
  await sync.section.screenshot({ path: join(SHOTS, 'sync-settings-off-en.png') });
  expect(await exists(join(app.dataDir, 'sync'))).toBe(false);
});

test('a malformed address or token is refused with a sentence naming the field, and a missing one before asking', async ({ app }) => {
  const sync = new TeamSync(app.page);
  await sync.open();
  await sync.save({ on: true });
  await expect(sync.alert).toHaveText(/^Server address is needed to turn sync on/);
  await sync.save({ server: 'https://sync.example.com', token: 'acme.li.abcdefghijklmnopqrstuvwxyz', on: true });
  await expect(sync.alert).toHaveText(/^Server address is not a ws:\/\/ or wss:\/\/ address/);
  await expect(sync.section.getByLabel('Server address')).toHaveAttribute('aria-invalid', 'true');
  await sync.save({ server: 'ws://127.0.0.1:9', token: 'not a token', on: true });
  await expect(sync.alert).toHaveText(/^Token is not a team token/);
  await expect(sync.section.getByTestId('sync-settings-state')).toHaveText('Sync off');
  expect(await exists(join(app.dataDir, 'sync'))).toBe(false);
});

test('an address nothing listens on: offline since, and why, in the header; off again hides it', async ({ app }) => {
  const { page } = app;
  const sync = new TeamSync(page);
  await sync.open();
  await sync.save({ server: `ws://127.0.0.1:${await closedPort()}`, token: 'acme.li.abcdefghijklmnopqrstuvwxyz', on: true });
  await expect(sync.section.getByRole('status')).toHaveText(/^Team sync is on: this desk syncs with ws:\/\/127\.0\.0\.1:/);
  await expect(indicator(page)).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
  await expect(indicator(page)).toContainText('Offline since');
  await expect(indicator(page)).toHaveAttribute('title', /The server cannot be reached\./);
  await expect(sync.section).toContainText('li on team acme');
  await expect(sync.section.getByLabel('Token', { exact: true })).toHaveValue('');
  await expect(sync.section.getByLabel('Token', { exact: true })).toHaveAttribute('placeholder', 'A token is kept; leave empty to keep it');
  await page.screenshot({ path: join(SHOTS, 'sync-offline-en.png') });
  // The status is a button the keyboard reaches: it opens Settings → Team sync with the focus there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Partners' }).click();
  await indicator(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Team sync', level: 2 })).toBeFocused();
  // A change made while offline waits for the server, and the header counts it.
  expectOk(await app.desk.dispatch('partners/create', aPartner({ name: 'Cedar Solutions' })));
  await expect(indicator(page)).toContainText(/ · \d+ changes? waiting$/);
  await sync.save({ on: false });
  await expect(sync.section.getByRole('status')).toHaveText('Team sync is off: this desk opens no connection.');
  await expect(indicator(page)).toHaveCount(0);
});

for (const [language, words] of [
  [
    'en',
    {
      settings: 'Settings',
      partners: 'Partners',
      section: 'Team sync',
      server: 'Server address',
      token: 'Token',
      on: 'Sync this desk with the team',
      save: 'Save',
      hand: 'Hand to another manager…',
    },
  ],
  [
    'zh-CN',
    {
      settings: '设置',
      partners: '伙伴',
      section: '团队同步',
      server: '服务器地址',
      token: '令牌',
      on: '与团队同步本机',
      save: '保存',
      hand: '移交给其他经理…',
    },
  ],
] as const) {
  test(`screens of team sync in ${language}: Settings, the header offline with a change waiting, the hand-over dialog`, async ({ app }) => {
    const { page, desk } = app;
    expectOk(await desk.dispatch('settings/update', { language }));
    await page.reload();
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: words.settings }).click();
    const section = page.getByRole('region', { name: words.section });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `sync-settings-off-${language}.png`) });
    await section.getByLabel(words.server).fill(`ws://127.0.0.1:${await closedPort()}`);
    await section.getByLabel(words.token, { exact: true }).fill('acme.li.abcdefghijklmnopqrstuvwxyz');
    await section.getByRole('switch', { name: words.on }).check();
    await section.getByRole('button', { name: words.save }).click();
    await expect(indicator(page)).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
    expectOk(await desk.dispatch('partners/create', aPartner({ name: 'Cedar Solutions' })));
    await expect(indicator(page)).toContainText(language === 'en' ? /\d+ changes? waiting$/ : /\d+ 项更改待同步$/);
    const header = page.locator('.app-header');
    expect((await header.boundingBox())?.height).toBe(44);
    const right = await indicator(page).boundingBox();
    expect(right && right.x + right.width).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(SHOTS, `sync-settings-offline-${language}.png`) });
    await nav.getByRole('button', { name: words.partners }).click();
    await page.getByRole('button', { name: 'Cedar Solutions', exact: true }).click();
    await page.getByRole('button', { name: words.hand }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `sync-assign-dialog-${language}.png`) });
  });
}

/** A team of one manager on two laptops (li), and the server on the loopback address. */
async function teamServer(): Promise<{ server: SyncServer; token: string; stop: () => Promise<void> }> {
  const { dir, cleanup } = await tempDataDir();
  const tokensFile = join(dir, 'tokens.json');
  await mkdir(join(dir, 'data'), { recursive: true });
  const token = await addManager(tokensFile, { id: 'li', name: 'Li Wei', role: 'manager', team: 'acme' });
  await addManager(tokensFile, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'acme' });
  const server = await startSyncServer({ dataDir: join(dir, 'data'), tokensFile, port: 0, host: '127.0.0.1', log: () => undefined });
  return { server, token, stop: async () => (await server.close(), await cleanup()) };
}

/**
 * A second desk (its own data folder and page) and a team server on 127.0.0.1 for `work`, both
 * closed after it; the second desk's page must have shown no error.
 */
async function onTeam(context: BrowserContext, work: (team: Awaited<ReturnType<typeof teamServer>>, b: RunningApp) => Promise<void>): Promise<void> {
  const team = await teamServer();
  const other = await tempDataDir();
  let next = 0;
  const b = await launchApp(await context.newPage(), other.dir, { newId: () => `b-${++next}` });
  try {
    await work(team, b);
  } finally {
    await b.desk.close().catch(() => undefined);
    expect(b.pageErrors).toEqual([]);
    await other.cleanup();
    await team.stop();
  }
}

/** Cedar Solutions on a yearly Standard plan since 1 January 2026 (Q1: 30 technical cases a month). */
async function cedarOnStandard(app: RunningApp): Promise<string> {
  const id = expectOk<Partner>(await app.desk.dispatch('partners/create', aPartner({ name: 'Cedar Solutions' }))).id;
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' },
    }),
  );
  return id;
}

const partnerNamed = async (app: RunningApp, name: string) => expectOk<Partner[]>(await app.desk.dispatch('partners/list', {})).find((p) => p.name === name);

test('two desks on a real server: connected, a wrong token refused, a case logged on one reaches the other', async ({ app, context }) => {
  test.setTimeout(90_000);
  await onTeam(context, async (team, b) => {
    const id = await cedarOnStandard(app);
    for (const desk of [app, b]) {
      const sync = new TeamSync(desk.page);
      await sync.open();
      await sync.save({ server: team.server.url, token: team.token, on: true });
      await expect(indicator(desk.page)).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
      await expect(indicator(desk.page)).toHaveText('Synced');
    }
    await app.page.screenshot({ path: join(SHOTS, 'sync-connected-en.png') });
    await expect.poll(async () => (await partnerNamed(b, 'Cedar Solutions'))?.id, { timeout: 20_000 }).toBe(id);
    const opened = expectOk<{ id: string }>(await app.desk.dispatch('cases/open', aCase(id, { customer: 'Harbour Bank' }))).id;
    await expect
      .poll(async () => expectOk<{ id: string }[]>(await b.desk.dispatch('cases/list', { partnerId: id })).map((c) => c.id), { timeout: 20_000 })
      .toContain(opened);
    // On B's page: the partner and its case, from the other laptop.
    await b.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Partners' }).click();
    await b.page.getByRole('button', { name: 'Cedar Solutions', exact: true }).click();
    await expect(b.page.getByText('Harbour Bank').first()).toBeVisible();

    // A hands the partner to wang, by keyboard: the sentence says it is done.
    await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Partners' }).click();
    await app.page.getByRole('button', { name: 'Cedar Solutions', exact: true }).click();
    await app.page.getByRole('button', { name: 'Hand to another manager…' }).focus();
    await app.page.keyboard.press('Enter');
    const dialog = app.page.getByRole('dialog', { name: 'Hand Cedar Solutions to another manager' });
    await expect(dialog.getByLabel('Manager')).toBeFocused();
    await app.page.keyboard.type('Wang!');
    await app.page.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(/^Manager is not a manager id/);
    await dialog.getByLabel('Manager').fill('wang');
    await app.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.page.getByRole('status').filter({ hasText: 'Cedar Solutions is now with wang' })).toBeVisible();

    // A token the server does not know is refused, and the header says why.
    const sync = new TeamSync(b.page);
    await sync.open();
    await sync.save({ token: 'acme.li.thisisnotthetokenthatwasgiven', on: true });
    await expect(indicator(b.page)).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    await expect(indicator(b.page)).toHaveAttribute('title', /The server refused this desk's token\./);
    await b.page.screenshot({ path: join(SHOTS, 'sync-refused-en.png') });
  });
});

test('the same month filled on two laptops apart: both show it on Today with its rule and ways out', async ({ app, context }) => {
  test.setTimeout(120_000);
  await onTeam(context, async (team, b) => {
    const id = await cedarOnStandard(app);
    for (let i = 0; i < 29; i++) expectOk(await app.desk.dispatch('cases/open', aCase(id, { customer: `Customer ${i + 1}` })));
    const configure = async (desk: RunningApp, enabled: boolean) =>
      expectOk<SyncStatus>(await desk.desk.dispatch('sync/configure', enabled ? { enabled, serverUrl: team.server.url, token: team.token } : { enabled }));
    await configure(app, true);
    await configure(b, true);
    await expect.poll(async () => expectOk<unknown[]>(await b.desk.dispatch('cases/list', { partnerId: id })).length, { timeout: 30_000 }).toBe(29);
    // Apart: each laptop logs the month's 30th case, which each allows on its own (Q1).
    await configure(app, false);
    await configure(b, false);
    expectOk(await app.desk.dispatch('cases/open', aCase(id, { customer: 'Logged on A' })));
    expectOk(await b.desk.dispatch('cases/open', aCase(id, { customer: 'Logged on B' })));
    await configure(app, true);
    await configure(b, true);
    for (const desk of [app, b]) {
      await expect
        .poll(async () => expectOk<AttentionEntry[]>(await desk.desk.dispatch('sync/attention', {})).map((e) => e.kind), { timeout: 30_000 })
        .toContain('quota-over');
    }
    for (const [language, title] of [
      ['en', 'Needs attention after sync'],
      ['zh-CN', '同步后需要处理'],
    ] as const) {
      expectOk(await app.desk.dispatch('settings/update', { language }));
      await app.page.reload();
      await app.page.getByRole('navigation').getByRole('button').first().click();
      const list = app.page.getByRole('region', { name: title });
      await expect(list).toBeVisible();
      await expect(list).toContainText(/Q3/);
      if (language === 'en') {
        await expect(list).toContainText("Cedar Solutions, March 2026: 31 technical cases after changes made on another of your desks met this desk's");
        expect(await seriousViolations(app.page, '.sync-attention')).toEqual([]);
      }
      await app.page.screenshot({ path: join(SHOTS, `sync-today-${language}.png`) });
    }
    // A way out: the case beyond the limit opens where Void is.
    expectOk(await app.desk.dispatch('settings/update', { language: 'en' }));
    await app.page.reload();
    await app.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Today/ })
      .click();
    await app.page.getByRole('button', { name: 'Void a case…' }).click();
    await expect(app.page.getByRole('dialog')).toBeVisible();
    await expect(app.page.getByRole('dialog').getByRole('button', { name: /Void/ }).first()).toBeVisible();
    await app.page.keyboard.press('Escape');
    // The other: a pack (Q2) bought in the Quotas view's own dialog lifts the month's limit to 40, and the entry goes.
    await app.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Today/ })
      .click();
    await app.page.getByRole('button', { name: 'Buy an add-on pack…' }).click();
    const buy = app.page.getByRole('dialog', { name: 'Buy an add-on pack for Cedar Solutions' });
    await buy.getByRole('button', { name: /^Buy and charge/ }).click();
    await expect(app.page.getByText(/^Add-on pack bought for Cedar Solutions/)).toBeVisible();
    await expect(app.page.getByRole('region', { name: 'Needs attention after sync' })).toHaveCount(0);
    expect(expectOk<AttentionEntry[]>(await app.desk.dispatch('sync/attention', {}))).toEqual([]);
  });
});

test('two first responses to one case, written apart: "keep" one of them from Today settles it', async ({ app, context }) => {
  test.setTimeout(120_000);
  await onTeam(context, async (team, b) => {
    const id = await cedarOnStandard(app);
    const caseId = expectOk<{ id: string }>(await app.desk.dispatch('cases/open', aCase(id, { openedAt: '2026-03-02T01:00:00Z' }))).id;
    const configure = async (desk: RunningApp, enabled: boolean) =>
      expectOk<SyncStatus>(await desk.desk.dispatch('sync/configure', enabled ? { enabled, serverUrl: team.server.url, token: team.token } : { enabled }));
    await configure(app, true);
    await configure(b, true);
    await expect
      .poll(async () => expectOk<{ id: string }[]>(await b.desk.dispatch('cases/list', { partnerId: id })).map((c) => c.id), { timeout: 30_000 })
      .toContain(caseId);
    await configure(app, false);
    await configure(b, false);
    const respond = (desk: RunningApp, at: string, by: string) =>
      desk.desk.dispatch('cases/update', { id: caseId, change: { action: 'respond', respondedAt: at, respondedBy: by } });
    expectOk(await respond(app, '2026-03-02T01:10:00Z', 'Li Wei'));
    expectOk(await respond(b, '2026-03-02T01:20:00Z', 'Zhao Min'));
    await configure(app, true);
    await configure(b, true);
    await expect
      .poll(async () => expectOk<AttentionEntry[]>(await app.desk.dispatch('sync/attention', {})).map((e) => e.kind), { timeout: 30_000 })
      .toContain('two-responses');
    const { page } = app;
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Today/ })
      .click();
    const list = page.getByRole('region', { name: 'Needs attention after sync' });
    await expect(list).toContainText('Cedar Solutions: one case got two first responses, written on two desks at once; keep one of them (C-response)');
    expect(await seriousViolations(page, '.sync-attention')).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'sync-today-keep-en.png') });
    await list.getByRole('button', { name: /^Keep .* \(Zhao Min\)$/ }).click();
    await expect(page.getByText(/^Kept .* \(Zhao Min\)\. The entry is settled\.$/)).toBeVisible();
    await expect(list).toHaveCount(0);
    await expect
      .poll(async () => expectOk<{ respondedBy: string }>(await app.desk.dispatch('cases/get', { id: caseId })).respondedBy, { timeout: 10_000 })
      .toBe('Zhao Min');
  });
});
