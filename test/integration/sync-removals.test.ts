import { describe, expect, it } from 'vitest';

import type { Desk } from '@main/desk';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { desksOfEachTest, settle, type SyncDesk, TOKEN, until } from './sync-hub';

// A record removed on one desk (a month's consumption cleared) goes from the other desks, and
// never comes back from the documents: not while the desks are apart, not after a restart.

const clock = testClock('2026-03-20T02:00:00Z');
const on = desksOfEachTest(clock.now);

async function desks(...names: string[]): Promise<SyncDesk[]> {
  const opened: SyncDesk[] = [];
  for (const name of names) opened.push(await on.desk(name));
  return opened;
}

const months = (desk: Desk, partnerId: string) =>
  desk.store
    .read()
    .consumption.filter((c) => c.partnerId === partnerId)
    .map((c) => `${c.month}=${c.amount}`)
    .sort()
    .join(' ');

const setMonth = async (desk: Desk, partnerId: string, month: string, amount: number | null) =>
  expectOk(await desk.dispatch('consumption/set', { partnerId, month, amount }));

/** A partner on A with January and February's consumption, on both desks. */
async function withTwoMonths(a: SyncDesk, b: SyncDesk): Promise<string> {
  const { partnerId } = await aSubscribedPartner(a.desk, { level: 'premier' }, { name: 'Lotus Digital' });
  await setMonth(a.desk, partnerId, '2026-01', 120_000_00);
  await setMonth(a.desk, partnerId, '2026-02', 80_000_00);
  await until('both months on B', () => months(b.desk, partnerId) === '2026-01=12000000 2026-02=8000000');
  return partnerId;
}

describe('team sync: removals', { timeout: 40_000 }, () => {
  it('a month cleared on A goes from B, and does not come back to A', async () => {
    const [a, b] = (await desks('a', 'b')) as [SyncDesk, SyncDesk];
    const partnerId = await withTwoMonths(a, b);
    await setMonth(a.desk, partnerId, '2026-02', null);
    await until('February gone from B', () => months(b.desk, partnerId) === '2026-01=12000000');
    await settle([a, b]);
    expect(months(a.desk, partnerId)).toBe('2026-01=12000000');
    expect(months(b.desk, partnerId)).toBe('2026-01=12000000');
  });

  it('a month cleared on B while apart from A, and another set on A: both desks end with the same months', async () => {
    const [a, b] = (await desks('a', 'b')) as [SyncDesk, SyncDesk];
    const partnerId = await withTwoMonths(a, b);
    a.engine().disconnect();
    b.engine().disconnect();
    await setMonth(b.desk, partnerId, '2026-01', null);
    await setMonth(a.desk, partnerId, '2026-03', 5_000_00);
    a.engine().connect();
    b.engine().connect();
    const expected = '2026-02=8000000 2026-03=500000';
    await until('the same months on both', () => months(a.desk, partnerId) === expected && months(b.desk, partnerId) === expected);
    await settle([a, b]);
    expect([months(a.desk, partnerId), months(b.desk, partnerId)]).toEqual([expected, expected]);
  });

  it('a month cleared while sync was off, the desk closed and opened again: the removal still reaches B', async () => {
    const [a, b] = (await desks('a', 'b')) as [SyncDesk, SyncDesk];
    const partnerId = await withTwoMonths(a, b);
    await settle([a, b]);
    expectOk(await a.desk.dispatch('sync/configure', { enabled: false }));
    await setMonth(a.desk, partnerId, '2026-01', null);
    await a.desk.close();
    const again = await on.reopen(a);
    expectOk(await again.dispatch('sync/configure', { enabled: true, serverUrl: 'ws://hub.test/sync', token: TOKEN() }));
    await until('January gone from B', () => months(b.desk, partnerId) === '2026-02=8000000');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(months(again, partnerId)).toBe('2026-02=8000000');
  });
});
