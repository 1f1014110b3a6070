import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';
import type { AttentionEntry, SyncStatus } from '@main/ipc/contract/sync';
import { startSyncServer, type SyncServer } from '@main/sync/server/server';
import { addManager } from '@main/sync/server/tokens';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { aServerDesk, technical, until } from './sync-hub';

// Two desks on their own data folders and the team's real server on the loopback address.

const clock = testClock('2026-03-20T02:00:00Z');
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Folder = { dataDir: string; tokensFile: string };

/** The server's folders, and the token of manager wang added with the CLI's own function. */
async function aServerFolder(): Promise<Folder & { token: string }> {
  const root = await mkdtemp(join(tmpdir(), 'psd-sync-server-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  const tokensFile = join(root, 'tokens.json');
  const token = await addManager(tokensFile, { id: 'wang', name: 'Wang Fang', role: 'manager', team: 'acme' });
  return { dataDir: join(root, 'data'), tokensFile, token };
}

async function aServer(dirs: Folder, port = 0): Promise<SyncServer> {
  const server = await startSyncServer({ ...dirs, port, log: () => undefined });
  cleanups.push(() => server.close());
  return server;
}

const aDesk = (name: string, serverUrl: string, token: string) => aServerDesk(name, serverUrl, token, clock.now, cleanups);

const status = async (desk: Desk) => expectOk<SyncStatus>(await desk.dispatch('sync/status', {}));
const caseCount = async (desk: Desk, partnerId: string) => (await desk.store.collection('cases').all((c) => c.partnerId === partnerId)).length;
const sync = (desk: Desk) => desk.dispatch('sync/configure', { enabled: true });
const pause = (desk: Desk) => desk.dispatch('sync/configure', { enabled: false });

describe('team sync against the real server on the loopback address', { timeout: 60_000 }, () => {
  it('Q3 across two desks edited apart; a wrong token is refused; the server restarted keeps everything', async () => {
    const folder = await aServerFolder();
    const { token } = folder;
    const server = await aServer(folder);
    const a = await aDesk('a', server.url, token);
    const b = await aDesk('b', server.url, token);
    await until('A connected', async () => (await status(a)).state === 'connected');

    const { partnerId } = await aSubscribedPartner(a, { level: 'standard' }, { name: 'Cedar Systems' });
    for (let i = 0; i < 29; i++) expectOk(await a.dispatch('cases/open', technical(partnerId, 1 + Math.floor(i / 2), 1 + (i % 2))));
    await until('29 cases on B', async () => (await caseCount(b, partnerId)) === 29, 30_000);

    // Apart: sync turned off on both, each logs the month's 30th case.
    expectOk(await pause(a));
    expectOk(await pause(b));
    expectOk(await a.dispatch('cases/open', technical(partnerId, 18)));
    expectOk(await b.dispatch('cases/open', technical(partnerId, 19)));
    expectOk(await sync(a));
    expectOk(await sync(b));
    await until('31 cases on both', async () => (await caseCount(a, partnerId)) === 31 && (await caseCount(b, partnerId)) === 31, 30_000);
    for (const desk of [a, b]) {
      await until('the Q3 entry', async () =>
        expectOk<AttentionEntry[]>(await desk.dispatch('sync/attention', {})).some((e) => e.kind === 'quota-over' && e.count === 31),
      );
    }

    // A wrong token: the server refuses it, and the desk says so.
    const wrong = await aDesk('w', server.url, 'acme.wang.not-the-token-not-the-token');
    await until('the refusal', async () => (await status(wrong)).problem === 'refused');
    expect(await status(wrong)).toMatchObject({ state: 'offline', problem: 'refused' });

    // The server restarted on its folder keeps everything: an empty desk gets the partner and its 31 cases.
    await until('nothing waiting on A', async () => (await status(a)).waiting === 0);
    await until('nothing waiting on B', async () => (await status(b)).waiting === 0);
    await server.close();
    const again = await aServer(folder, server.port);
    const c = await aDesk('c', again.url, token);
    await until('31 cases on the new desk', async () => (await caseCount(c, partnerId)) === 31, 30_000);
    expect(c.store.read().partners.map((p) => p.name)).toEqual(['Cedar Systems']);
    await until('A connected again', async () => (await status(a)).state === 'connected', 30_000);
  });
});
