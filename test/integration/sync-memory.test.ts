import { describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';
import { IDLE_MS, KEPT } from '@main/sync/doc-cache';
import { documentIdOf, partnerUrl } from '@main/sync/documents';
import { PARTNERS_A_ROUND } from '@main/sync/rounds';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { desksOfEachTest, settle, sleep, type SyncDesk, technical, TOKEN, until } from './sync-hub';

// A desk keeps in memory only the partner documents it works on (automerge-repo would keep every
// one it opened: 1.4 GB for a large portfolio), and still hears of every change to the others:
// the team index, always open, carries each desk's stamp of the documents it changed.

const clock = testClock('2026-03-20T02:00:00Z');
const on = desksOfEachTest(clock.now);

const PARTNERS = PARTNERS_A_ROUND + 5;
const casesOf = async (desk: Desk, partnerId: string) => (await desk.store.collection('cases').all((c) => c.partnerId === partnerId)).length;

/** Until every desk has let go of what it may (a trim runs once documents are idle). */
const letGo = async (desks: readonly SyncDesk[]) => {
  await settle(desks);
  await sleep(IDLE_MS * 3);
  for (const d of desks) await d.engine().docs.cache.trim();
};

describe('team sync: documents in memory', { timeout: 60_000 }, () => {
  it('a portfolio larger than a round reaches the other desk whole; each desk then holds a few partner documents, and a change to one it let go still reaches it', async () => {
    // As the team's server: a document goes only to a desk that asked for it.
    on.hub({ announce: false });
    // A's portfolio is there before sync is turned on: more partners than one round of the sync's work.
    const a = await on.desk('a', { enable: false });
    const b = await on.desk('b');
    const partners: string[] = [];
    for (let i = 0; i < PARTNERS; i++) partners.push((await aSubscribedPartner(a.desk, { level: 'premier' }, { name: `Partner ${i}` })).partnerId);
    // The cases in the other order: the first round's cases are not all of the first round's partners.
    for (const partnerId of [...partners].reverse()) expectOk(await a.desk.dispatch('cases/open', technical(partnerId, 2)));
    expectOk(await a.desk.dispatch('sync/configure', { enabled: true, serverUrl: 'ws://hub.test/sync', token: TOKEN() }));
    await until('every partner and case on B', async () => (await Promise.all(partners.map((p) => casesOf(b.desk, p)))).every((n) => n === 1), 30_000);
    await letGo([a, b]);
    // Two documents a partner (its PartnerDoc and its year): far more than the few kept.
    for (const d of [a, b]) expect(d.engine().docs.cache.inMemory, d.name).toBeLessThanOrEqual(KEPT);
    // A partner whose document B let go: B hears of A's case through the team index alone.
    const gone = partners.find((p) => b.engine().repo.handles[documentIdOf(partnerUrl('acme', p))] === undefined);
    expect(gone, 'a partner document B let go').toBeDefined();
    expectOk(await a.desk.dispatch('cases/open', technical(gone!, 3)));
    await until('the new case on B', async () => (await casesOf(b.desk, gone!)) === 2);
    await letGo([a, b]);
    for (const d of [a, b]) expect(d.engine().docs.cache.inMemory, d.name).toBeLessThanOrEqual(KEPT);
  });
});
