import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { medianOf, minutesUp } from './response-times';
import { serviceReport } from './service-report';
import type { ReportBooking, ReportCase, ServiceReportInput } from './service-report-types';

const MIN = 60_000;

/** A case with fixed defaults: technical, production exception (3 h), opened 1 March 10:00 Beijing, met in 20 min. */
const aCase = (overrides: Partial<Omit<ReportCase, 'outcome'>> & Partial<ReportCase['outcome']> = {}): ReportCase => ({
  kind: overrides.kind ?? 'technical',
  openedAt: overrides.openedAt ?? '2026-03-01T02:00:00Z',
  voided: overrides.voided ?? false,
  responseMs: overrides.responseMs === undefined ? 20 * MIN : overrides.responseMs,
  outcome: {
    severity: overrides.severity === undefined ? 'production-exception' : overrides.severity,
    guaranteed: overrides.guaranteed ?? true,
    clockStatus: overrides.clockStatus ?? 'met',
  },
});

const aBooking = (overrides: Partial<ReportBooking> = {}): ReportBooking => ({
  kind: 'training',
  status: 'delivered',
  start: '2026-03-10',
  end: overrides.start ?? '2026-03-10',
  hours: null,
  method: 'online',
  title: '',
  ...overrides,
});

const input = (overrides: Partial<ServiceReportInput> = {}): ServiceReportInput => ({
  month: '2026-03',
  today: '2026-04-02',
  subscription: aSubscription({ level: 'premier' }),
  cases: [],
  packs: [],
  bookings: [],
  charges: [],
  ...overrides,
});

describe('service report', () => {
  it('P4: included with Premier, on request otherwise; a running month is reported so far', () => {
    expect(serviceReport(input())).toMatchObject({
      level: 'premier',
      included: true,
      complete: true,
      asOf: '2026-03-31',
      firstDay: '2026-03-01',
      lastDay: '2026-03-31',
    });
    const standard = serviceReport(input({ subscription: aSubscription({ level: 'standard' }), today: '2026-03-12' }));
    expect(standard).toMatchObject({ level: 'standard', included: false, complete: false, asOf: '2026-03-12' });
    expect(serviceReport(input({ subscription: null }))).toMatchObject({
      level: null,
      included: false,
      usage: { quota: { status: 'no-plan' } },
      levels: [],
      changes: [],
    });
  });

  it('C2/C3/Q4: per severity, met rate without corrected cases, voided cases only counted', () => {
    const report = serviceReport(
      input({
        cases: [
          aCase({ responseMs: 10 * MIN }),
          aCase({ responseMs: 40 * MIN }),
          aCase({ responseMs: 200 * MIN, clockStatus: 'missed' }),
          aCase({ responseMs: null, clockStatus: 'breached' }),
          aCase({ responseMs: null, clockStatus: 'running' }),
          // C3: answered in 5 min but corrected: counted, not rated, not timed.
          aCase({ responseMs: 5 * MIN, guaranteed: false }),
          aCase({ voided: true, responseMs: 999 * MIN, clockStatus: 'missed' }),
          aCase({ kind: 'service', severity: 'general-guidance', responseMs: 30 * MIN + 1 }),
          // Another month's case is not this report's.
          aCase({ openedAt: '2026-02-28T15:59:00Z' }),
        ],
      }),
    );
    expect(report.severities).toEqual([
      {
        severity: 'production-exception',
        count: 6,
        met: 2,
        missed: 2,
        pending: 1,
        notGuaranteed: 1,
        metRateBp: 5000,
        targetMinutes: 180,
        medianMinutes: 40,
        longestMinutes: 200,
      },
      {
        severity: 'general-guidance',
        count: 1,
        met: 1,
        missed: 0,
        pending: 0,
        notGuaranteed: 0,
        metRateBp: 10_000,
        targetMinutes: 960,
        medianMinutes: 31,
        longestMinutes: 31,
      },
    ]);
    // (30 min 1 ms + 40 min) / 2 is a little over 35 min: rounded up, 36.
    expect(report.total).toMatchObject({ count: 7, met: 3, missed: 2, metRateBp: 6000, targetMinutes: null, medianMinutes: 36, longestMinutes: 200 });
    expect(report.usage).toMatchObject({ technical: 6, service: 1, voided: 1, quota: { status: 'unlimited' } });
    expect(report.perDay).toHaveLength(31);
    expect(report.perDay[0]).toEqual({ date: '2026-03-01', technical: 6, service: 1 });
  });

  it("T1: a case opened 1 March 00:30 Beijing (28 Feb in UTC) is March's, on the 1st", () => {
    const report = serviceReport(input({ cases: [aCase({ openedAt: '2026-02-28T16:30:00Z' })] }));
    expect(report.perDay[0]?.technical).toBe(1);
  });

  it("Q1-Q3/Q5: a Standard month has its quota with the month's packs", () => {
    const report = serviceReport(
      input({
        subscription: aSubscription({ level: 'standard' }),
        cases: [aCase(), aCase({ voided: true }), aCase({ kind: 'service' })],
        packs: [
          { boughtOn: '2026-03-05', count: 2 },
          { boughtOn: '2026-02-05', count: 1 },
        ],
      }),
    );
    expect(report.usage.quota).toMatchObject({ status: 'counted', usage: { used: 1, limit: 50, included: 30 } });
  });

  it("S3: level changes in the month with the levels in force, and the month's charges", () => {
    const subscription = aSubscription({
      level: 'standard',
      changes: [
        { from: '2026-03-16', level: 'premier' },
        { from: '2026-03-20', level: 'premier' },
        { from: '2026-04-01', level: 'basic' },
      ],
    });
    const charge = { date: '2026-03-16', kind: 'change-charge', amount: 100, currency: 'CNY', level: 'premier' as const, rule: 'M5' };
    const report = serviceReport(input({ subscription, charges: [{ ...charge, date: '2026-04-01' }, charge] }));
    expect(report.changes).toEqual([{ on: '2026-03-16', from: 'standard', to: 'premier' }]);
    expect(report.levels).toEqual([
      { level: 'standard', start: '2026-03-01', end: '2026-03-16' },
      { level: 'premier', start: '2026-03-16', end: '2026-04-01' },
    ]);
    expect(report.charges).toEqual([charge]);
    expect(report.usage.quota).toMatchObject({ status: 'counted' });
  });

  it('a first subscription in the month is a change from no plan', () => {
    const report = serviceReport(input({ subscription: aSubscription({ level: 'premier', start: '2026-03-10' }) }));
    expect(report.changes).toEqual([{ on: '2026-03-10', from: null, to: 'premier' }]);
  });

  it('B1-B3: delivered days and sessions in the month, upcoming still booked, cancelled counted', () => {
    const report = serviceReport(
      input({
        bookings: [
          aBooking({ kind: 'kea', start: '2026-03-30', end: '2026-04-02', method: null }),
          aBooking({ kind: 'consulting', start: '2026-03-04', hours: 6, method: null }),
          aBooking(),
          aBooking({ start: '2026-03-20', status: 'booked' }),
          aBooking({ kind: 'kea', start: '2026-05-01', end: '2026-05-03', status: 'booked', method: null }),
          aBooking({ start: '2026-02-10', status: 'booked' }),
          aBooking({ start: '2026-03-25', status: 'cancelled' }),
        ],
      }),
    );
    expect(report.bookings).toMatchObject({ keaDays: 2, consultingSessions: 1, consultingHours: 6, trainings: 1, cancelled: 1 });
    expect(report.bookings.delivered.map((b) => b.start)).toEqual(['2026-03-04', '2026-03-10', '2026-03-30']);
    expect(report.bookings.upcoming.map((b) => [b.start, b.daysInMonth])).toEqual([
      ['2026-03-20', 1],
      ['2026-05-01', 0],
    ]);
  });
});

describe('response times', () => {
  it('median of an odd and an even count; minutes rounded up', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([5, 1, 3])).toBe(3);
    expect(medianOf([4, 1, 3, 10])).toBe(3.5);
    expect(minutesUp(30 * MIN)).toBe(30);
    expect(minutesUp(30 * MIN + 1)).toBe(31);
  });
});
