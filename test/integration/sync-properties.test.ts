import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { bookingOverruns } from '@core/booking';
import { monthsOverQuota } from '@core/quota';
import { asCoreBookings } from '@main/handlers/booking-records';
import { asQuotaCases } from '@main/handlers/case-entry';
import { currentSubscription, timelineOf } from '@main/handlers/subscription-plans';
import type { BookingRecord, CaseRecordStored } from '@main/ipc/contract';
import type { AttentionEntry } from '@main/ipc/contract/sync';
import { canonical } from '@main/sync/doc-values';

import { testClock } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';
import { aHub, aSyncDesk, settle, type SyncDesk, until } from './sync-hub';

// Properties of team sync: whatever desks do, connected or not, once every desk is connected
// again they hold the same records (a month's consumption cleared on one desk included), no case
// or booking stored anywhere is lost, and every rule a merge breaks (Q3, B1, two first
// responses) is flagged on every desk.

type Step =
  | { kind: 'partner'; desk: number; level: 'standard' | 'premier' }
  | { kind: 'case'; desk: number; partner: number; day: number; count: number }
  | { kind: 'respond'; desk: number; pick: number; minute: number }
  | { kind: 'kea'; desk: number; partner: number; start: number; days: number }
  | { kind: 'consumption'; desk: number; partner: number; month: number; amount: number | null }
  | { kind: 'toggle'; desk: number };

const step = (desks: number): fc.Arbitrary<Step> => {
  const desk = fc.nat({ max: desks - 1 });
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('partner' as const), desk, level: fc.constantFrom('standard' as const, 'premier' as const) }) },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('case' as const),
        desk,
        partner: fc.nat(5),
        day: fc.integer({ min: 1, max: 19 }),
        count: fc.oneof(fc.constant(1), fc.integer({ min: 12, max: 20 })),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('respond' as const), desk, pick: fc.nat(50), minute: fc.integer({ min: 0, max: 59 }) }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('kea' as const),
        desk,
        partner: fc.nat(5),
        start: fc.integer({ min: 0, max: 40 }),
        days: fc.integer({ min: 2, max: 6 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('consumption' as const),
        desk,
        partner: fc.nat(5),
        month: fc.integer({ min: 1, max: 3 }),
        amount: fc.option(fc.integer({ min: 0, max: 900_000_00 }), { nil: null }),
      }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('toggle' as const), desk }) },
  );
};

const clock = testClock('2026-03-20T02:00:00Z');
const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T0${day % 8}:00:00Z`;
const keaDay = (offset: number) => new Date(Date.UTC(2026, 4, 1 + offset)).toISOString().slice(0, 10);

async function apply(desks: SyncDesk[], online: boolean[], s: Step, made: { cases: string[]; bookings: string[] }): Promise<void> {
  const d = desks[s.desk]!;
  const partners = d.desk.store
    .read()
    .partners.map((p) => p.id)
    .sort();
  if (s.kind === 'toggle') {
    if (online[s.desk]) d.engine().disconnect();
    else d.engine().connect();
    online[s.desk] = !online[s.desk];
  } else if (s.kind === 'partner') {
    await aSubscribedPartner(d.desk, { level: s.level }, { name: `P ${d.name} ${partners.length}` });
  } else if (s.kind === 'case' && partners.length > 0) {
    const partnerId = partners[s.partner % partners.length]!;
    // One case, or a burst (two desks' bursts in one month take it over its quota, Q3).
    for (let i = 0; i < s.count; i++) {
      const answer = await d.desk.dispatch('cases/open', {
        partnerId,
        kind: 'technical',
        category: 'product-error-or-fault',
        severity: 'system-exception',
        openedAt: at(s.day),
      });
      if (answer.ok) made.cases.push((answer.data as CaseRecordStored).id);
    }
  } else if (s.kind === 'respond') {
    const open = (await d.desk.store.collection('cases').all((c) => c.respondedAt === null)).map((c) => c.id).sort();
    if (open.length === 0) return;
    const id = open[s.pick % open.length]!;
    const respondedAt = `2026-03-20T09:${String(s.minute).padStart(2, '0')}:00+08:00`;
    await d.desk.dispatch('cases/update', { id, change: { action: 'respond', respondedAt, respondedBy: `Agent ${d.name}` } });
  } else if (s.kind === 'kea' && partners.length > 0) {
    const partnerId = partners[s.partner % partners.length]!;
    const answer = await d.desk.dispatch('bookings/create', {
      kind: 'kea',
      partnerId,
      start: keaDay(s.start),
      end: keaDay(s.start + s.days - 1),
      title: 'Sale',
    });
    if (answer.ok) made.bookings.push((answer.data as BookingRecord).id);
  } else if (s.kind === 'consumption' && partners.length > 0) {
    const partnerId = partners[s.partner % partners.length]!;
    expectOk(await d.desk.dispatch('consumption/set', { partnerId, month: `2026-0${s.month}`, amount: s.amount }));
  }
}

/** What every desk must agree on: partners, plans, charges, consumption, cases and bookings. */
async function snapshot(d: SyncDesk): Promise<string> {
  const data = d.desk.store.read();
  const cases = (await d.desk.store.collection('cases').all()).toSorted((a, b) => (a.id < b.id ? -1 : 1));
  const bookings = (await d.desk.store.collection('bookings').all()).toSorted((a, b) => (a.id < b.id ? -1 : 1));
  const byId = <T extends { id: string }>(list: readonly T[]) => list.toSorted((a, b) => (a.id < b.id ? -1 : 1));
  const consumption = data.consumption.map((c) => `${c.partnerId} ${c.month} ${c.amount}`).sort();
  return canonical({ partners: byId(data.partners), subscriptions: byId(data.subscriptions), charges: byId(data.charges), consumption, cases, bookings });
}

describe('team sync properties (fast-check)', () => {
  it('desks converge, lose nothing, and flag every broken rule', { timeout: 300_000 }, async () => {
    const seen = { runs: 0, cases: 0, bookings: 0, flagged: 0, twoResponses: 0, months: 0, cleared: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(step(n), { minLength: 4, maxLength: 14 }))),
        async ([n, steps]) => {
          const hub = aHub();
          const desks: SyncDesk[] = [];
          try {
            for (let i = 0; i < n; i++) desks.push(await aSyncDesk(hub, `d${i}`, clock.now));
            const online = desks.map(() => true);
            // Every run starts from one Standard partner every desk knows.
            await aSubscribedPartner(desks[0]!.desk, { level: 'standard' }, { name: 'Shared partner' });
            await settle(desks, 30_000);
            const made = { cases: [] as string[], bookings: [] as string[] };
            for (const s of steps) await apply(desks, online, s, made);
            for (const [i, d] of desks.entries()) if (!online[i]) d.engine().connect();
            await settle(desks, 30_000);
            await until('every desk to hold the same records', async () => new Set(await Promise.all(desks.map(snapshot))).size === 1, 30_000);
            await settle(desks, 30_000);
            const first = desks[0]!.desk;
            // No record lost: every case and booking stored anywhere is on every desk.
            for (const d of desks) {
              for (const id of made.cases) expect(await d.desk.store.collection('cases').get(id)).toBeDefined();
              for (const id of made.bookings) expect(await d.desk.store.collection('bookings').get(id)).toBeDefined();
            }
            // Every rule is kept or flagged, with core's own counting (Q3, B1), on every desk.
            const data = first.store.read();
            const expected: string[] = [];
            for (const partner of data.partners) {
              const current = currentSubscription(data, partner.id);
              if (!current) continue;
              const cases = await first.store.collection('cases').all((c) => c.partnerId === partner.id);
              const bookings = await first.store.collection('bookings').all((b) => b.partnerId === partner.id);
              const packs = data.packs.filter((p) => p.partnerId === partner.id);
              for (const over of monthsOverQuota({ subscription: timelineOf(current), cases: asQuotaCases(cases), packs }))
                expected.push(`quota-over ${partner.id} ${over.month}`);
              for (const over of bookingOverruns(timelineOf(current), asCoreBookings(bookings)).filter((o) => o.kind === 'kea-over'))
                expected.push(`kea-over ${partner.id} ${over.period}`);
            }
            // A month cleared once every desk holds it goes from every desk, and stays gone.
            const month = data.consumption.toSorted((a, b) => (`${a.partnerId}${a.month}` < `${b.partnerId}${b.month}` ? -1 : 1))[0];
            if (month) {
              const clearing = desks[steps.length % desks.length]!;
              expectOk(await clearing.desk.dispatch('consumption/set', { partnerId: month.partnerId, month: month.month, amount: null }));
              await settle(desks, 30_000);
              const held = (d: SyncDesk) => d.desk.store.read().consumption.some((c) => c.partnerId === month.partnerId && c.month === month.month);
              await until('the cleared month gone from every desk', () => desks.every((d) => !held(d)), 30_000);
              await settle(desks, 30_000);
              for (const d of desks) expect(held(d)).toBe(false);
              seen.cleared++;
            }
            seen.runs++;
            seen.cases += made.cases.length;
            seen.bookings += made.bookings.length;
            seen.months += data.consumption.length;
            seen.flagged += expected.length;
            for (const d of desks) {
              const entries = expectOk<AttentionEntry[]>(await d.desk.dispatch('sync/attention', {}));
              const found = entries.filter((e) => e.kind === 'quota-over' || e.kind === 'kea-over').map((e) => `${e.kind} ${e.partnerId} ${e.subject}`);
              expect(found.sort()).toEqual(expected.toSorted());
              // Two first responses are flagged the same on every desk.
              const two = (es: AttentionEntry[]) =>
                es
                  .filter((e) => e.kind === 'two-responses')
                  .map((e) => e.subject)
                  .sort();
              expect(two(entries)).toEqual(two(expectOk<AttentionEntry[]>(await first.dispatch('sync/attention', {}))));
              seen.twoResponses += two(entries).length;
            }
          } finally {
            for (const d of desks) await d.close();
            await hub.close();
          }
        },
      ),
      { numRuns: 15, seed: 20261202, endOnFailure: true },
    );
    // The runs reached what they are about: cases and bookings on several desks, and broken rules flagged.
    console.info('sync properties:', seen);
    expect(seen.cases).toBeGreaterThan(100);
    expect(seen.bookings).toBeGreaterThan(0);
    expect(seen.months).toBeGreaterThan(0);
    expect(seen.cleared).toBeGreaterThan(0);
    expect(seen.flagged).toBeGreaterThan(0);
  });
});
