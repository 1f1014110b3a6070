import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CaseRecordStored } from '@main/ipc/contract';
import { deskSyncOf } from '@main/sync/desk-sync';
import { TeamDocs } from '@main/sync/team-docs';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { desksOfEachTest, settle, type SyncDesk, technical, until } from './sync-hub';

// Sync turned on again (or the desk restarted with it on) writes into the documents only the
// partner-years whose cases and bookings changed since the last close, on real desks and stores:
// a change made while sync was off still reaches the other desk, and the rest is not written again.

const clock = testClock('2026-03-20T02:00:00Z');
const on = desksOfEachTest(clock.now);
afterEach(() => vi.restoreAllMocks());

const turn = async (d: SyncDesk, enabled: boolean) => expectOk(await d.desk.dispatch('sync/configure', { enabled }));

describe('sync turned on again', { timeout: 40_000 }, () => {
  it('writes the partner-year changed while it was off, and leaves the unchanged ones unread', async () => {
    const [a, b] = [await on.desk('a'), await on.desk('b')];
    const { partnerId: changedId } = await aSubscribedPartner(a.desk, { level: 'standard' }, { name: 'Gum Tree' });
    const { partnerId: quietId } = await aSubscribedPartner(a.desk, { level: 'standard' }, { name: 'Cedar Systems' });
    const changed = expectOk<CaseRecordStored>(await a.desk.dispatch('cases/open', technical(changedId, 3)));
    expectOk(await a.desk.dispatch('cases/open', technical(quietId, 4)));
    await until('both cases on B', async () => (await b.desk.store.collection('cases').all()).length === 2);
    await settle([a, b]);

    await turn(a, false);
    const state = JSON.parse(await readFile(join(a.dir, 'sync', 'state.json'), 'utf8')) as { held: Record<string, string> };
    expect(Object.keys(state.held).sort()).toEqual([`cases/${changedId}/2026`, `cases/${quietId}/2026`].sort());
    expectOk(await a.desk.dispatch('cases/update', { id: changed.id, change: { action: 'close' } }));

    const opened = vi.spyOn(TeamDocs.prototype, 'year');
    await turn(a, true);
    await until('the case closed on B', async () => (await b.desk.store.collection('cases').get(changed.id))?.state === 'closed');
    await a.engine().idle();
    const read = new Set(opened.mock.calls.map(([partnerId]) => partnerId));
    expect(read.has(changedId)).toBe(true);
    expect(read.has(quietId)).toBe(false);
  });

  it('a desk reopened with nothing changed reads no year document to write it', async () => {
    const a = await on.desk('a');
    const { partnerId } = await aSubscribedPartner(a.desk, { level: 'standard' }, { name: 'Gum Tree' });
    const logged = expectOk<CaseRecordStored>(await a.desk.dispatch('cases/open', technical(partnerId, 3)));
    await settle([a]);
    await a.desk.close();

    const opened = vi.spyOn(TeamDocs.prototype, 'year');
    const again = await on.reopen(a);
    await deskSyncOf(again.store).started();
    await deskSyncOf(again.store).running!.idle();
    expect(opened).not.toHaveBeenCalled();
    // The documents still hold the case: a new desk on the team gets it.
    const c = await on.desk('c');
    await until('the case on a new desk', async () => (await c.desk.store.collection('cases').get(logged.id)) !== undefined);
  });
});
