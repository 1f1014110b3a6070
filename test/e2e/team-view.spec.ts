import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

import { type Desk, openDesk } from '@main/desk';
import type { Partner } from '@main/ipc/contract';
import { startSyncServer } from '@main/sync/server/server';
import { addManager } from '@main/sync/server/tokens';

import { aCase } from '../builders/cases';
import { aPartner } from '../builders/partners';
import { tempDataDir, testServices } from '../builders/services';
import { expectOk } from '../builders/subscriptions';
import { expect, test } from './harness';
import { ReportsPage } from './pages/reports-page';
import { syncIndicator, TeamSync } from './pages/team-sync-page';

// The team lead's desk (the page) and a manager's desk (wang, in this process) on a real server on
// 127.0.0.1: Reports offers the whole team, read-only, with wang's partner in it.

const SHOTS = process.env.SHOTS_DIR ?? join(process.cwd(), 'test-results', 'screens');

/** The server with a manager (wang) and the lead (li), and wang's desk with Cedar Solutions and two cases of March. */
async function aTeamWithWang(): Promise<{ url: string; lead: string; wang: Desk; stop: () => Promise<void> }> {
  const { dir, cleanup } = await tempDataDir();
  const tokensFile = join(dir, 'tokens.json');
  await mkdir(join(dir, 'server'), { recursive: true });
  const wangToken = await addManager(tokensFile, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'acme' });
  const lead = await addManager(tokensFile, { id: 'li', name: 'Li Wei', role: 'lead' });
  const server = await startSyncServer({ dataDir: join(dir, 'server'), tokensFile, port: 0, host: '127.0.0.1', log: () => undefined });
  let next = 0;
  const wangDir = join(dir, 'wang');
  const wang = await openDesk({ dataDir: wangDir, services: testServices({ newId: () => `w-${++next}` }, wangDir) });
  expectOk(await wang.dispatch('sync/configure', { enabled: true, serverUrl: server.url, token: wangToken }));
  const cedar = expectOk<Partner>(await wang.dispatch('partners/create', aPartner({ name: 'Cedar Solutions' }))).id;
  expectOk(
    await wang.dispatch('subscriptions/apply', {
      partnerId: cedar,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard' },
    }),
  );
  for (const openedAt of ['2026-03-01T02:00:00Z', '2026-03-02T01:00:00Z']) expectOk(await wang.dispatch('cases/open', aCase(cedar, { openedAt })));
  return { url: server.url, lead, wang, stop: async () => (await wang.close(), await server.close(), await cleanup()) };
}

for (const [language, words] of [
  ['en', { team: 'Whole team (read-only)', note: /^Every partner of the team/, scope: 'Partner', quota: 'Quota summary', reports: 'Reports' }],
  ['zh-CN', { team: '整个团队（只读）', note: /^团队的全部伙伴/, scope: '伙伴', quota: '配额汇总', reports: '报表' }],
] as const) {
  test(`the team lead's Reports in ${language}: the whole team, read-only, with another manager's partner`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page, desk } = app;
    const team = await aTeamWithWang();
    try {
      // The lead connects: the scope choice offers the whole team only once the server says it is the lead.
      const sync = new TeamSync(page);
      await sync.open();
      await sync.save({ server: team.url, token: team.lead, on: true });
      await expect(syncIndicator(page)).toHaveAttribute('data-state', 'connected', { timeout: 20_000 });
      expectOk(await desk.dispatch('settings/update', { language }));
      await page.reload();
      const reports = new ReportsPage(page);
      await reports.open(words.reports);
      const scope = page.getByLabel(words.scope, { exact: true });
      await expect(scope.getByRole('option', { name: words.team })).toHaveCount(1);
      // By keyboard: the scope list is a native select; the arrow key moves to the next choice.
      await scope.focus();
      await page.keyboard.press('ArrowDown');
      await expect(scope).toHaveValue(':team');
      await expect(page.getByRole('note').filter({ hasText: words.note })).toBeVisible();
      const quota = reports.section(words.quota);
      await expect(quota.getByRole('row').filter({ hasText: 'Cedar Solutions' })).toContainText('2', { timeout: 20_000 });
      // Read-only: the lead's own desk holds none of the team's partners.
      expect(expectOk<Partner[]>(await desk.dispatch('partners/list', {}))).toEqual([]);
      const axe = await new AxeBuilder({ page }).include('.reports-view').withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `reports-team-${language}.png`) });
      expect(app.pageErrors).toEqual([]);
    } finally {
      await team.stop();
    }
  });
}
