import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serviceReport, type ReportCase } from '../../core/reports';
import { aSubscription } from '../../core/testing/builders';
import { openDesk, type Desk } from '../../electron/desk';
import type { CaseRecordStored, ServiceReportData } from '../../electron/ipc/contract';
import { aBooking } from '../builders/bookings';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

let cleanup: () => Promise<void>;
let desk: Desk;
/** main's clock: the month is logged on 31 March, the report is made on 2 April (Beijing). */
let now: Date;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDataDir());
  now = new Date('2026-03-31T00:00:00Z');
  desk = await openDesk({ dataDir: dir, services: testServices({ now: () => now }) });
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

const MIN = 60_000;
const at = (iso: string, plusMinutes: number) => new Date(Date.parse(iso) + plusMinutes * MIN).toISOString();

async function logCase(partnerId: string, openedAt: string, fields: Record<string, unknown>, changes: Record<string, unknown>[] = []) {
  const opened = expectOk<CaseRecordStored>(await desk.dispatch('cases/open', { partnerId, kind: 'technical', category: 'product-error-or-fault', openedAt, ...fields }));
  for (const change of changes) expectOk(await desk.dispatch('cases/update', { id: opened.id, change }));
}

/** Standard from 1 January, Premier from 10 March; March's cases, bookings and the upgrade charge. */
async function aPremierMonth(): Promise<string> {
  const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' }, { name: 'Azure Bay Consulting' });
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId, request: { action: 'change', on: '2026-03-10', level: 'premier' } }));
  // Standard (3 h target): answered in 1 h, met. Counts toward the Standard quota (Q5).
  await logCase(partnerId, '2026-03-03T02:00:00Z', { severity: 'production-exception' }, [{ action: 'respond', respondedAt: at('2026-03-03T02:00:00Z', 60) }]);
  // Premier, 15 min: answered in 20 min, missed.
  await logCase(partnerId, '2026-03-11T02:00:00Z', { severity: 'core-production-unavailable' }, [{ action: 'respond', respondedAt: at('2026-03-11T02:00:00Z', 20) }]);
  // 30 min, never answered: breached.
  await logCase(partnerId, '2026-03-12T02:00:00Z', { severity: 'production-unavailable' });
  // C3: corrected, answered in 2 h: not guaranteed, not rated.
  await logCase(partnerId, '2026-03-13T02:00:00Z', { severity: 'system-exception' }, [
    { action: 'correct-severity', severity: 'general-guidance', reason: 'A how-to question' },
    { action: 'respond', respondedAt: at('2026-03-13T02:00:00Z', 120) },
  ]);
  // Q4: voided, left out.
  await logCase(partnerId, '2026-03-14T02:00:00Z', { severity: 'system-exception' }, [{ action: 'void', reason: 'Logged twice' }]);
  // A service case answered in 30 min of a 16 h target, then withdrawn (still counted, Q4).
  await logCase(partnerId, '2026-03-16T02:00:00Z', { kind: 'service', category: 'account-question', severity: 'general-guidance' }, [
    { action: 'respond', respondedAt: at('2026-03-16T02:00:00Z', 30) },
    { action: 'withdraw', reason: '' },
  ]);
  for (const booking of [
    aBooking(partnerId, { kind: 'kea', start: '2026-03-20', end: '2026-03-21', status: 'delivered', method: null }),
    aBooking(partnerId, { kind: 'consulting', start: '2026-03-18', hours: 6, status: 'delivered', method: null }),
    aBooking(partnerId, { start: '2026-03-25', status: 'delivered' }),
    aBooking(partnerId, { start: '2026-04-15', status: 'booked' }),
  ]) {
    await desk.store.put('bookings', booking);
  }
  now = new Date('2026-04-02T02:00:00Z');
  return partnerId;
}

describe('reports/service-report through IPC', () => {
  it('P4: a Premier month with met, missed, breached, corrected and voided cases, bookings and an upgrade', async () => {
    const partnerId = await aPremierMonth();
    const report = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }));
    expect(report).toMatchObject({ partnerName: 'Azure Bay Consulting', month: '2026-03', today: '2026-04-02', complete: true, level: 'premier', included: true, generatedAt: '2026-04-02T02:00:00Z' });
    expect(report.usage).toMatchObject({ technical: 4, service: 1, voided: 1, quota: { status: 'counted', usage: { used: 1, limit: 30 } } });
    expect(report.severities.map((r) => [r.severity, r.count, r.met, r.missed, r.pending, r.notGuaranteed, r.metRateBp, r.medianMinutes, r.targetMinutes])).toEqual([
      ['core-production-unavailable', 1, 0, 1, 0, 0, 0, 20, 15],
      ['production-unavailable', 1, 0, 1, 0, 0, 0, null, 30],
      ['production-exception', 1, 1, 0, 0, 0, 10_000, 60, 180],
      ['system-exception', 1, 0, 0, 0, 1, null, null, 480],
      ['general-guidance', 1, 1, 0, 0, 0, 10_000, 30, 960],
    ]);
    expect(report.total).toMatchObject({ count: 5, met: 2, missed: 2, notGuaranteed: 1, metRateBp: 5000, medianMinutes: 30, longestMinutes: 60 });
    expect(report.bookings).toMatchObject({ keaDays: 2, consultingSessions: 1, consultingHours: 6, trainings: 1 });
    expect(report.bookings.upcoming.map((b) => b.start)).toEqual(['2026-04-15']);
    expect(report.changes).toEqual([{ on: '2026-03-10', from: 'standard', to: 'premier' }]);
    expect(report.charges).toEqual([expect.objectContaining({ date: '2026-03-10', kind: 'change-charge', rule: 'M5' })]);
    expect(report.perDay.find((d) => d.date === '2026-03-16')).toEqual({ date: '2026-03-16', technical: 0, service: 1 });

    // The same facts through core give the same numbers: the handler only reduces stored cases.
    const facts = (severity: ReportCase['outcome']['severity'], clockStatus: ReportCase['outcome']['clockStatus'], responseMinutes: number | null, day: string, extra: Partial<ReportCase> = {}): ReportCase => ({
      kind: 'technical', openedAt: `2026-03-${day}T02:00:00Z`, voided: false, responseMs: responseMinutes === null ? null : responseMinutes * MIN, outcome: { severity, guaranteed: true, clockStatus }, ...extra,
    });
    const core = serviceReport({
      month: '2026-03',
      today: '2026-04-02',
      subscription: aSubscription({ level: 'standard', changes: [{ from: '2026-03-10', level: 'premier' }] }),
      cases: [
        facts('production-exception', 'met', 60, '03'),
        facts('core-production-unavailable', 'missed', 20, '11'),
        facts('production-unavailable', 'breached', null, '12'),
        { ...facts('system-exception', 'met', 120, '13'), outcome: { severity: 'system-exception', guaranteed: false, clockStatus: 'met' } },
        facts('system-exception', 'breached', null, '14', { voided: true }),
        facts('general-guidance', 'met', 30, '16', { kind: 'service' }),
      ],
      packs: [],
      bookings: [],
      charges: [],
    });
    expect(report.severities).toEqual(core.severities);
    expect(report.total).toEqual(core.total);
    expect(report.usage).toEqual(core.usage);
    expect(report.perDay).toEqual(core.perDay);
    expect(report.levels).toEqual(core.levels);
  });

  it('T1: a case opened on 1 April in Beijing (31 March in UTC) is April\'s', async () => {
    now = new Date('2026-04-02T02:00:00Z');
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    await logCase(partnerId, '2026-03-31T17:00:00Z', { severity: 'general-guidance' });
    const march = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }));
    const april = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-04' }));
    expect(march.total.count).toBe(0);
    expect(april).toMatchObject({ complete: false, asOf: '2026-04-02', total: { count: 1, pending: 0, missed: 1 } });
  });

  it('a Standard partner gets it on request; bad input names the field; an unknown partner is not found', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    expect(expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }))).toMatchObject({ level: 'standard', included: false });
    expect(await desk.dispatch('reports/service-report', { partnerId, month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
    expect(await desk.dispatch('reports/service-report', { partnerId: '', month: '2026-03' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'partnerId' } });
    expect(await desk.dispatch('reports/service-report', { partnerId })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
    expect(await desk.dispatch('reports/service-report', { partnerId: 'nobody', month: '2026-03' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', data: { what: 'partner' } } });
  });
});
