import { describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { desksOfEachTest, settle, TOKEN, until } from './sync-hub';

// A partner's profile changed on two desks while one had sync turned off: when it turns sync on
// again, neither change is written over the other. Which comes first here, its own change into
// the document or the peer's, is up to timing; electron/sync/push-partner.test.ts makes the order
// where the peer's arrives first, which used to lose it.

const clock = testClock('2026-03-20T02:00:00Z');
const on = desksOfEachTest(clock.now);

const profileOf = (desk: Desk, partnerId: string) => {
  const partner = desk.store.read().partners.find((p) => p.id === partnerId);
  return { contactName: partner?.contactName, notes: partner?.notes };
};

describe("team sync: a partner's profile changed on two desks apart", { timeout: 40_000 }, () => {
  it('another field on each: both desks end with both changes', async () => {
    const a = await on.desk('a');
    const b = await on.desk('b');
    const { partnerId } = await aSubscribedPartner(a.desk, { level: 'standard' }, { name: 'Lotus Digital', contactName: 'Li Wei' });
    await until('the partner on B', () => profileOf(b.desk, partnerId).contactName === 'Li Wei');
    await settle([a, b]);
    expectOk(await b.desk.dispatch('sync/configure', { enabled: false }));
    expectOk(await b.desk.dispatch('partners/update', { id: partnerId, changes: { notes: 'Renewal talk in May' } }));
    expectOk(await a.desk.dispatch('partners/update', { id: partnerId, changes: { contactName: 'Zhang San' } }));
    await settle([a]);
    expectOk(await b.desk.dispatch('sync/configure', { enabled: true, serverUrl: 'ws://hub.test/sync', token: TOKEN() }));
    const both = { contactName: 'Zhang San', notes: 'Renewal talk in May' };
    await until('both changes on both desks', () => {
      const [onA, onB] = [profileOf(a.desk, partnerId), profileOf(b.desk, partnerId)];
      return onA.contactName === both.contactName && onA.notes === both.notes && onB.contactName === both.contactName && onB.notes === both.notes;
    });
    await settle([a, b]);
    expect([profileOf(a.desk, partnerId), profileOf(b.desk, partnerId)]).toEqual([both, both]);
  });
});
