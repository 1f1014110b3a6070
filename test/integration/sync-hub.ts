import { MessageChannel } from 'node:worker_threads';
import { Repo } from '@automerge/automerge-repo';
import { MessageChannelNetworkAdapter } from '@automerge/automerge-repo-network-messagechannel';
import { afterEach } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import type { SyncNetwork } from '@main/sync/desk-sync';
import { deskSyncOf } from '@main/sync/desk-sync';
import type { SyncEngine } from '@main/sync/engine';

import { tempDataDir, testServices } from '../builders/services';
import { expectOk } from '../builders/subscriptions';

// Team sync in process: a hub repo (the server's stand-in, no storage of its own) and desks that
// reach it over message channels, each a real desk on its own temp folder.

export const TOKEN = (manager = 'wang') => `acme.${manager}.secret-secret-secret-0001`;

export type Hub = { repo: Repo; network: SyncNetwork; close: () => Promise<void> };

/** `announce: false` behaves as the team's server: a document goes only to a desk that asked for it. */
export function aHub({ announce = true }: { announce?: boolean } = {}): Hub {
  const repo = new Repo({ network: [], peerId: 'hub' as never, shareConfig: { announce: async () => announce, access: async () => true } });
  const network: SyncNetwork = () => () => {
    const { port1, port2 } = new MessageChannel();
    const ours = new MessageChannelNetworkAdapter(port1);
    const theirs = new MessageChannelNetworkAdapter(port2);
    repo.networkSubsystem.addNetworkAdapter(theirs);
    return {
      adapter: ours,
      dispose: () => {
        try {
          repo.networkSubsystem.removeNetworkAdapter(theirs);
        } catch {
          // Already gone.
        }
        port1.close();
        port2.close();
      },
    };
  };
  return { repo, network, close: () => repo.shutdown() };
}

export type SyncDesk = {
  desk: Desk;
  name: string;
  dir: string;
  engine: () => SyncEngine;
  services: ReturnType<typeof testServices>;
  close: () => Promise<void>;
};

/** A real desk on its own folder, its ids prefixed by `name` so two desks never make the same id. */
export async function aSyncDesk(hub: Hub, name: string, now: () => Date, options: { enable?: boolean; manager?: string } = {}): Promise<SyncDesk> {
  const { dir, cleanup } = await tempDataDir();
  let next = 0;
  const services = testServices({ now, newId: () => `${name}-${++next}` }, dir);
  const desk = await openDesk({ dataDir: dir, services, syncNetwork: hub.network });
  if (options.enable !== false)
    expectOk(await desk.dispatch('sync/configure', { enabled: true, serverUrl: 'ws://hub.test/sync', token: TOKEN(options.manager) }));
  const engine = () => {
    const running = deskSyncOf(desk.store).running;
    if (!running) throw new Error(`${name}: sync is off`);
    return running;
  };
  let closed = false;
  return {
    desk,
    name,
    dir,
    engine,
    services,
    close: async () => {
      if (closed) return;
      closed = true;
      await desk.close();
      await cleanup();
    },
  };
}

/** A real desk on its own temp folder with sync turned on against `serverUrl` (a real server); closed by `cleanups`. */
export async function aServerDesk(name: string, serverUrl: string, token: string, now: () => Date, cleanups: (() => Promise<void>)[]): Promise<Desk> {
  const { dir, cleanup } = await tempDataDir();
  let next = 0;
  const desk = await openDesk({ dataDir: dir, services: testServices({ now, newId: () => `${name}-${++next}` }, dir) });
  cleanups.push(async () => {
    await desk.close();
    await cleanup();
  });
  expectOk(await desk.dispatch('sync/configure', { enabled: true, serverUrl, token }));
  return desk;
}

/**
 * The desks of each test of a file, on one hub made for the test (`hub`, or by the first desk),
 * all closed after the test with the hub, and so are the desks `reopen` opens again on a desk's
 * folder (a restart).
 */
export function desksOfEachTest(now: () => Date) {
  let hub: Hub | null = null;
  const open: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    // In turn, the last opened first (a desk reopened closes before its folder goes); every desk
    // and the hub are closed even when one fails to, and that failure then fails the test.
    const failures: unknown[] = [];
    for (const d of open.splice(0).reverse()) await d.close().catch((error: unknown) => failures.push(error));
    await hub?.close();
    hub = null;
    if (failures.length > 0) throw failures[0];
  });
  const desks = {
    hub: (options?: Parameters<typeof aHub>[0]) => (hub ??= aHub(options)),
    desk: async (name: string, options?: Parameters<typeof aSyncDesk>[3]) => {
      const d = await aSyncDesk(desks.hub(), name, now, options);
      open.push(d);
      return d;
    },
    reopen: async (d: SyncDesk) => {
      const again = await openDesk({ dataDir: d.dir, services: d.services, syncNetwork: desks.hub().network });
      open.push(again);
      return again;
    },
  };
  return desks;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it answers true (or throws with `what` after `timeout` ms). */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeout = 10_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Waits until every desk's engine has nothing left to do and no document waits for the hub, twice in a row. */
export async function settle(desks: readonly SyncDesk[], timeout = 15_000): Promise<void> {
  let quiet = 0;
  await until(
    'sync to settle',
    async () => {
      await Promise.all(desks.map((d) => d.engine().idle()));
      const ok = desks.every((d) => d.engine().status().waiting === 0);
      quiet = ok ? quiet + 1 : 0;
      return quiet >= 4;
    },
    timeout,
  );
}

/** A technical case of March 2026 for `cases/open`: day `day`, `hour` o'clock UTC (Q1 counts it). */
export const technical = (partnerId: string, day: number, hour = 2) => ({
  partnerId,
  kind: 'technical',
  category: 'product-error-or-fault',
  severity: 'system-exception',
  openedAt: `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
});
