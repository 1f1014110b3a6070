import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { Settings } from '@main/ipc/contract';
import type { TodayAnswer } from '@main/ipc/contract/today';

import { aBooking } from '../builders/bookings';
import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

const today = async (desk: Desk) => expectOk<TodayAnswer>(await desk.dispatch('today/items', {}));
const kinds = (answer: TodayAnswer) => answer.items.map((i) => i.kind);

describe('today/items through IPC', () => {
  deskTest('an empty desk has nothing to do and no partners', async ({ desk }) => {
    expect(await today(desk)).toMatchObject({ today: '2026-03-02', hasPartners: false, items: [], hidden: [] });
  });

  deskTest('C2 / Q1 / S1 / B1: cases, quota, renewal and bookings from the store, most urgent first', async ({ desk, clock }) => {
    // Monthly Standard from 2026-02-10: its period ends on 2026-03-10, so the renewal is due (S1).
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard', start: '2026-02-10', billing: 'monthly' }, { name: 'Lotus Digital' });
    // 24 technical cases on 1 March (Q1: 80 % of 30), the last one still unanswered.
    for (let i = 0; i < 24; i++) {
      const opened = expectOk<{ id: string }>(
        await desk.dispatch('cases/open', {
          partnerId,
          kind: 'technical',
          category: 'product-error-or-fault',
          severity: 'system-exception',
          openedAt: '2026-03-01T02:00:00Z',
        }),
      );
      if (i < 23)
        expectOk(await desk.dispatch('cases/update', { id: opened.id, change: { action: 'respond', respondedAt: '2026-03-01T03:00:00Z', respondedBy: 'Li' } }));
    }
    await desk.store.put('bookings', aBooking(partnerId, { kind: 'consulting', start: '2026-03-05', end: '2026-03-05', hours: 2, title: 'Review' }));
    const answer = await today(desk);
    expect(answer.hasPartners).toBe(true);
    // The unanswered case was due 8 h after 10:00 Beijing on 1 March: breached.
    expect(answer.items.map((i) => [i.kind, i.urgency])).toEqual([
      ['case-breached', 'now'],
      ['quota-near-limit', 'week'],
      ['booking-soon', 'week'],
      ['consumption-missing', 'month'],
      ['renewal-due', 'month'],
    ]);
    // Q1: 24 used by day 2 runs out on day ceil(30 × 2 / 24) = 3.
    expect(answer.items[1]).toMatchObject({
      used: 24,
      limit: 30,
      exhaustsOn: '2026-03-03',
      partnerName: 'Lotus Digital',
      target: { to: 'partner', partnerId },
    });
    expect(answer.items[2]).toMatchObject({ title: 'Review', target: { to: 'booking', partnerId } });
    // Main's clock decides: once the session's day is over it is no longer coming up.
    clock.set('2026-03-06T02:00:00Z');
    expect(kinds(await today(desk))).not.toContain('booking-soon');
  });

  deskTest('kinds hidden in Settings are left out, and the choice is kept', async ({ desk, reopen }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard', start: '2026-02-10', billing: 'monthly' });
    expect(kinds(await today(desk))).toEqual(['consumption-missing', 'renewal-due']);
    expect(expectOk<Settings>(await desk.dispatch('settings/update', { todayHidden: ['renewal-due'] }))).toMatchObject({ todayHidden: ['renewal-due'] });
    expect(await today(desk)).toMatchObject({ hidden: ['renewal-due'], items: [{ kind: 'consumption-missing', partnerId }] });
    await desk.close();
    const again = await reopen();
    expect(kinds(await today(again))).toEqual(['consumption-missing']);
    // An unknown kind is refused before anything is stored.
    expect(await again.dispatch('settings/update', { todayHidden: ['not-a-kind'] })).toMatchObject({ ok: false });
    await again.close();
  });
});

describe('today/items on the sample portfolio', () => {
  deskTest('lists a breached case, a quota near its end and a renewal on the sample clock', async ({ desk }) => {
    expectOk(await desk.dispatch('sample/load', {}));
    const answer = await today(desk);
    expect(kinds(answer)).toEqual(expect.arrayContaining(['case-breached', 'case-at-risk', 'quota-near-limit', 'renewal-due', 'booking-soon']));
    // Q1: the sample's busy Standard partner is near its limit, not past it.
    expect(answer.items.find((i) => i.kind === 'quota-near-limit')).toMatchObject({ exhausted: false, urgency: 'week' });
  });
});
