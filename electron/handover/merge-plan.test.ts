import { describe, expect, it } from 'vitest';

import { Refusal } from '../ipc/refusal';
import type { StoredCase } from '../store/records/cases';
import type { HandoverEntry } from './format';
import {
  aBookingOf,
  aCaseOf,
  aDeskWith,
  anEntry,
  aStoredCharge,
  aStoredConsumption,
  aStoredPartner,
  aStoredSubscription,
  deskSideOf,
} from './handover-test-builders';
import { planFrom } from './merge-plan';
import { HANDED_OVER, handedOver } from './merge-rules';
import { previewOf } from './preview';
import { mergeProblems } from './problems';

const HEADER = { version: 1, createdAt: '2026-03-02T02:00:00Z', appVersion: '1.4.0', checksum: 'sha256:x', body: null };

/** The plan and preview of handing `file` over to a desk holding `desk` (same partner ids where both have one). */
function handOver(file: HandoverEntry[], desk: HandoverEntry[] = []) {
  const plan = planFrom(aDeskWith(...desk), { partners: file }, deskSideOf(...desk));
  const problems = mergeProblems(plan.partners, plan.before, plan.after);
  return { plan, problems, preview: previewOf(HEADER, plan, problems) };
}

const responded = (c: StoredCase, at: string): StoredCase => ({
  ...c,
  state: 'responded',
  respondedAt: at,
  respondedBy: 'Li Wei',
  history: [...c.history, { at, action: 'respond', reason: 'Li Wei' }],
});

describe('merge decisions', () => {
  it('adds a partner this desk does not have, with every record', () => {
    const entry = anEntry({ cases: [aCaseOf('c-1')], bookings: [aBookingOf('b-1')], consumption: [aStoredConsumption()] });
    const { plan, preview } = handOver([entry]);
    expect(preview.partners).toEqual([
      {
        partnerId: 'p-1',
        name: 'Lotus Digital',
        status: 'new',
        counts: { subscriptions: 1, charges: 1, packs: 0, consumption: 1, cases: 1, bookings: 1 },
        differences: [],
      },
    ]);
    expect(plan.after.partners).toEqual([entry.partner]);
    expect(plan.after.consumption).toEqual(entry.consumption);
    expect([plan.cases, plan.bookings]).toEqual([entry.cases, entry.bookings]);
    expect(preview.totals).toMatchObject({ partners: 1, newPartners: 1, changedPartners: 0, cases: 1 });
  });

  it('changes nothing when both hold the same, however often the records were handed over', () => {
    const entry = anEntry({ cases: [aCaseOf('c-1')], bookings: [aBookingOf('b-1')] });
    const here = { ...entry, cases: [handedOver({ ...entry.cases[0]!, alerted: ['at-risk' as const] }, '2026-03-03T00:00:00Z', HEADER.createdAt)] };
    expect(here.cases[0]!.history.at(-1)?.action).toBe(HANDED_OVER);
    const { plan, preview } = handOver([entry], [here]);
    expect(preview.partners[0]).toMatchObject({ status: 'same', differences: [] });
    expect(plan).toMatchObject({ mainChanged: false, cases: [], bookings: [] });
  });

  it('takes the version changed last: a case answered in the file, a profile and a month edited later here', () => {
    const opened = aCaseOf('c-1');
    const file = anEntry({
      partner: aStoredPartner({ contactName: 'Wang Fang', updatedAt: '2026-02-01T00:00:00Z' }),
      cases: [responded(opened, '2026-03-02T03:00:00Z')],
      consumption: [aStoredConsumption({ amount: 1, updatedAt: '2026-03-01T00:00:00Z' })],
    });
    const desk = anEntry({
      partner: aStoredPartner({ notes: 'Met in Shanghai', updatedAt: '2026-02-02T00:00:00Z' }),
      cases: [opened],
      consumption: [aStoredConsumption({ amount: 2, updatedAt: '2026-03-04T00:00:00Z' })],
    });
    const { plan, preview } = handOver([file], [desk]);
    expect(plan.cases).toEqual(file.cases);
    expect(plan.after.partners).toEqual([desk.partner]);
    // C2: the alerts this desk showed stay shown.
    const alerted = { ...opened, alerted: ['at-risk' as const] };
    expect(handOver([file], [{ ...desk, cases: [alerted] }]).plan.cases).toEqual([{ ...file.cases[0], alerted: ['at-risk'] }]);
    expect(plan.after.consumption).toEqual(desk.consumption);
    expect(preview.partners[0]).toMatchObject({
      status: 'changed',
      differences: [
        // When each was written is not a detail of the partner's: only what a manager would call one.
        { area: 'profile', added: 0, updated: 0, kept: 1, fields: ['contactName', 'notes'] },
        { area: 'consumption', added: 0, updated: 0, kept: 1 },
        { area: 'cases', added: 0, updated: 1, kept: 0 },
      ],
    });
  });

  it("keeps this desk's version on a tie, and when it is the later", () => {
    const here = responded(aCaseOf('c-1'), '2026-03-02T03:00:00Z');
    const tie = { ...here, notes: 'Written on the other desk' };
    expect(handOver([anEntry({ cases: [tie] })], [anEntry({ cases: [here] })]).plan.cases).toEqual([]);
    expect(handOver([anEntry({ cases: [aCaseOf('c-1')] })], [anEntry({ cases: [here] })]).preview.partners[0]?.differences).toEqual([
      { area: 'cases', added: 0, updated: 0, kept: 1 },
    ]);
  });

  it('takes the subscription that has come further (S3: a level change), and keeps S1 order when one is added', () => {
    const here = aStoredSubscription();
    const upgraded = { ...here, levels: [...here.levels, { from: '2026-04-01', level: 'premier' as const }], segment: { start: '2026-04-01', paid: 900_000 } };
    expect(handOver([anEntry({ subscriptions: [upgraded] })], [anEntry({ subscriptions: [here] })]).plan.after.subscriptions).toEqual([upgraded]);
    expect(handOver([anEntry({ subscriptions: [here] })], [anEntry({ subscriptions: [upgraded] })]).plan.after.subscriptions).toEqual([upgraded]);
    const earlier = aStoredSubscription({ id: 's-0', start: '2025-01-01', levels: [{ from: '2025-01-01', level: 'basic' }] });
    const { plan } = handOver([anEntry({ subscriptions: [earlier, here] })], [anEntry({ subscriptions: [here] })]);
    // S1: the latest record is the plan in force, so the one started in 2025 goes first.
    expect(plan.after.subscriptions.map((s) => s.id)).toEqual(['s-0', 's-1']);
  });

  it("M8: never changes a recorded charge: this desk's stays and the difference is a problem", () => {
    const file = anEntry({
      charges: [aStoredCharge({ amount: 1_300_000, recordedAt: '2026-02-01T00:00:00Z' }), aStoredCharge({ id: 'ch-2', date: '2026-04-01' })],
    });
    const { plan, problems, preview } = handOver([file], [anEntry()]);
    expect(plan.after.charges).toEqual([aStoredCharge(), file.charges[1]]);
    expect(problems).toEqual([{ kind: 'charge-differs', rule: 'S1', partnerId: 'p-1', partnerName: 'Lotus Digital', period: '2026-01-01', recordId: 'ch-1' }]);
    expect(preview.partners[0]?.differences).toEqual([{ area: 'charges', added: 1, updated: 0, kept: 1 }]);
  });

  it('refuses a partner of the file that would share its name with another partner here', () => {
    const clash = () => handOver([anEntry({ partner: aStoredPartner({ id: 'p-2', name: 'LOTUS DIGITAL' }) })], [anEntry()]);
    expect(clash).toThrow(Refusal);
    expect(clash).toThrow(/already has another partner named LOTUS DIGITAL/);
  });
});

/** `n` technical cases of p-1 opened in March 2026, with ids `${prefix}-1`…, each a minute apart. */
const march = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => aCaseOf(`${prefix}-${i + 1}`, { openedAt: new Date(Date.UTC(2026, 2, 10, 2, i)).toISOString().replace('.000', '') }));

describe('rule problems of the merged records', () => {
  it('Q3: 15 cases here and 15 in the file are 30, within the month; one more is over it', () => {
    expect(handOver([anEntry({ cases: march('a', 15) })], [anEntry({ cases: march('b', 15) })]).problems).toEqual([]);
    expect(handOver([anEntry({ cases: march('a', 16) })], [anEntry({ cases: march('b', 15) })]).problems).toEqual([
      { kind: 'quota-over', rule: 'Q3', partnerId: 'p-1', partnerName: 'Lotus Digital', period: '2026-03', count: 31, limit: 30 },
    ]);
  });

  it("Q3: a month over its limit here already is not the hand-over's doing, unless the file adds to it", () => {
    const here = anEntry({ cases: march('b', 31) });
    expect(handOver([anEntry({ cases: march('b', 31) })], [here]).problems).toEqual([]);
    expect(handOver([anEntry({ cases: march('a', 1) })], [here]).problems).toMatchObject([{ kind: 'quota-over', count: 32 }]);
  });

  it('Q3: a file over its limit on its own shows for a partner new to this desk; voided cases do not count (Q4)', () => {
    expect(handOver([anEntry({ cases: march('a', 31) })]).problems).toMatchObject([{ kind: 'quota-over', count: 31 }]);
    const voided = march('a', 31).map((c, i) => (i === 0 ? { ...c, state: 'voided' as const } : c));
    expect(handOver([anEntry({ cases: voided })]).problems).toEqual([]);
  });

  it('B1: 2 KEA days here and 2 in the file are the 4 of Standard; a third in the file is over', () => {
    const kea = (id: string, start: string, end: string) => aBookingOf(id, { kind: 'kea', method: null, start, end });
    const here = anEntry({ bookings: [kea('k-1', '2026-05-04', '2026-05-05')] });
    expect(handOver([anEntry({ bookings: [kea('k-2', '2026-06-01', '2026-06-02')] })], [here]).problems).toEqual([]);
    expect(handOver([anEntry({ bookings: [kea('k-2', '2026-06-01', '2026-06-03')] })], [here]).problems).toMatchObject([
      { kind: 'kea-over', rule: 'B1', period: '2026-01-01', count: 5, limit: 4 },
    ]);
  });

  it('B2: a session here and one in the file in the same month; five in a Standard service year', () => {
    const session = (id: string, start: string) => aBookingOf(id, { kind: 'consulting', method: null, start, startTime: '10:00', hours: 2 });
    const here = anEntry({ bookings: [session('s-1', '2026-03-03'), session('s-2', '2026-04-07')] });
    expect(handOver([anEntry({ bookings: [session('s-3', '2026-03-17')] })], [here]).problems).toMatchObject([
      { kind: 'consulting-month', rule: 'B2', period: '2026-03', count: 2, limit: 1 },
    ]);
    const three = [session('s-3', '2026-05-06'), session('s-4', '2026-06-02')];
    expect(handOver([anEntry({ bookings: three })], [here]).problems).toEqual([]);
    expect(handOver([anEntry({ bookings: [...three, session('s-5', '2026-07-07')] })], [here]).problems).toMatchObject([
      { kind: 'consulting-year', rule: 'B2', period: '2026-01-01', count: 5, limit: 4 },
    ]);
  });

  it('B3: two organised trainings in a month; a second on-site training in a Premier service year', () => {
    const premier = (bookings: HandoverEntry['bookings']) =>
      anEntry({ subscriptions: [aStoredSubscription({ levels: [{ from: '2026-01-01', level: 'premier' }] })], bookings });
    const here = premier([aBookingOf('t-1', { start: '2026-03-03' }), aBookingOf('t-2', { start: '2026-05-12', method: 'on-site' })]);
    expect(handOver([premier([aBookingOf('t-3', { start: '2026-04-20' })])], [here]).problems).toEqual([]);
    expect(handOver([premier([aBookingOf('t-3', { start: '2026-03-20', method: 'telepresence' })])], [here]).problems).toMatchObject([
      { kind: 'training-month', rule: 'B3', period: '2026-03', count: 2, limit: 1 },
    ]);
    expect(handOver([premier([aBookingOf('t-3', { start: '2026-09-08', method: 'on-site' })])], [here]).problems).toMatchObject([
      { kind: 'onsite-year', rule: 'B3', period: '2026-01-01', count: 2, limit: 1 },
    ]);
  });
});
