import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';
import type { BillingReport, QuotaSummary } from '@main/ipc/contract';
import type { SyncStatus } from '@main/ipc/contract/sync';
import { deskSyncOf } from '@main/sync/desk-sync';
import { startSyncServer } from '@main/sync/server/server';
import { addManager } from '@main/sync/server/tokens';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { aServerDesk, technical, until } from './sync-hub';

// The team lead's read-only view on the real server: the same quota and billing summaries over
// every partner of the team, while the lead's own desk keeps only the lead's partners; a
// manager's desk is refused the view.

const clock = testClock('2026-03-20T02:00:00Z');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function aTeam() {
  const root = await mkdtemp(join(tmpdir(), 'psd-sync-team-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const tokensFile = join(root, 'tokens.json');
  const tokens = {
    wang: await addManager(tokensFile, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'acme' }),
    zhao: await addManager(tokensFile, { id: 'zhao', name: 'Zhao Min', role: 'manager' }),
    li: await addManager(tokensFile, { id: 'li', name: 'Li Lei', role: 'lead' }),
  };
  const server = await startSyncServer({ dataDir: join(root, 'data'), tokensFile, port: 0, log: () => undefined });
  cleanups.push(() => server.close());
  return { server, tokens };
}

const aDesk = (name: string, serverUrl: string, token: string) => aServerDesk(name, serverUrl, token, clock.now, cleanups);

const status = async (desk: Desk) => expectOk<SyncStatus>(await desk.dispatch('sync/status', {}));
const quota = async (desk: Desk, request: object) => expectOk<QuotaSummary>(await desk.dispatch('reports/quota-summary', { month: '2026-03', ...request }));
/** Each row's partner and its month's technical cases counted against the quota (Q1; none on Premier). */
const names = (summary: QuotaSummary) => summary.rows.map((r) => `${r.partnerName} ${'usage' in r.cases ? r.cases.usage.used : '-'}`).sort();

describe("the team lead's view of the whole team (real server on the loopback address)", { timeout: 60_000 }, () => {
  it("builds the quota and billing summaries over every manager's partners, read-only, and only on the lead's desk", async () => {
    const { server, tokens } = await aTeam();
    const wang = await aDesk('wang', server.url, tokens.wang);
    const zhao = await aDesk('zhao', server.url, tokens.zhao);
    const cedar = await aSubscribedPartner(wang, { level: 'standard' }, { name: 'Cedar Systems' });
    for (let day = 1; day <= 3; day++) expectOk(await wang.dispatch('cases/open', technical(cedar.partnerId, day)));
    const birch = await aSubscribedPartner(zhao, { level: 'premier' }, { name: 'Birch Cloud' });
    expectOk(await zhao.dispatch('cases/open', technical(birch.partnerId, 4)));
    expectOk(await zhao.dispatch('consumption/set', { partnerId: birch.partnerId, month: '2026-02', amount: 90_000_00 }));

    const lead = await aDesk('li', server.url, tokens.li);
    await until('the lead desk knows it leads', async () => (await status(lead)).lead);
    expect((await status(wang)).lead).toBe(false);
    const teamQuota = async () => quota(lead, { team: true });
    await until('both managers’ partners in the team view', async () => (await teamQuota()).rows.length === 2, 30_000);
    await until('their cases counted', async () => names(await teamQuota()).join() === ['Birch Cloud -', 'Cedar Systems 3'].join(), 30_000);

    // The same summary as the manager's own desk builds for their partner.
    const own = (await quota(wang, {})).rows.find((r) => r.partnerId === cedar.partnerId);
    expect((await teamQuota()).rows.find((r) => r.partnerId === cedar.partnerId)).toEqual(own);
    const billing = expectOk<BillingReport>(await lead.dispatch('reports/billing-summary', { from: '2026-01', to: '2026-03', team: true }));
    const zhaoBilling = expectOk<BillingReport>(await zhao.dispatch('reports/billing-summary', { from: '2026-01', to: '2026-03' }));
    expect(billing.partners.find((p) => p.partnerId === birch.partnerId)).toEqual(zhaoBilling.partners.find((p) => p.partnerId === birch.partnerId));
    expect(billing.partners.map((p) => p.partnerName).sort()).toEqual(['Birch Cloud', 'Cedar Systems']);

    // Read-only: the lead's own desk holds none of them, and a change on a manager's desk reaches the view.
    expect(lead.store.read().partners).toEqual([]);
    expect((await quota(lead, {})).rows).toEqual([]);
    expectOk(await wang.dispatch('cases/open', technical(cedar.partnerId, 5)));
    await until('the fourth case in the team view', async () => names(await teamQuota()).includes('Cedar Systems 4'), 30_000);
    expectOk(await zhao.dispatch('consumption/set', { partnerId: birch.partnerId, month: '2026-02', amount: null }));
    await until('the cleared month gone from the view', async () => {
      const store = await deskSyncOf(lead.store).teamStore();
      return !store.read().consumption.some((c) => c.partnerId === birch.partnerId);
    });

    // A manager's desk is refused the team's view, naming the field and why.
    const refused = await wang.dispatch('reports/quota-summary', { team: true });
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'NOT_TEAM_LEAD', field: 'team' });
  });
});
