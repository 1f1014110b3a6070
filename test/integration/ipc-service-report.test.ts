import { describe, expect } from 'vitest';

import { type ReportCase, serviceReport } from '@core/reports';
import type { ServiceReportData } from '@main/ipc/contract';
import { aSubscription } from '@test/builders/domain';

import { deskTest } from '../builders/desk-fixture';
import { aReportMonth, REPORT_NOW } from '../builders/service-report-month';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

deskTest.override({ now: REPORT_NOW });

const MIN = 60_000;

describe('reports/service-report through IPC', () => {
  deskTest('P4: a Premier month with met, missed, breached, corrected and voided cases, bookings and an upgrade', async ({ desk }) => {
    const partnerId = await aReportMonth(desk);
    const report = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }));
    expect(report).toMatchObject({
      partnerName: 'Azure Bay Consulting',
      month: '2026-03',
      today: '2026-04-02',
      complete: true,
      level: 'premier',
      included: true,
      generatedAt: '2026-04-02T02:00:00Z',
    });
    expect(report.usage).toMatchObject({ technical: 4, service: 1, voided: 1, quota: { status: 'counted', usage: { used: 1, limit: 30 } } });
    expect(
      report.severities.map((r) => [r.severity, r.count, r.met, r.missed, r.pending, r.notGuaranteed, r.metRateBp, r.medianMinutes, r.targetMinutes]),
    ).toEqual([
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
    const facts = (
      severity: ReportCase['outcome']['severity'],
      clockStatus: ReportCase['outcome']['clockStatus'],
      responseMinutes: number | null,
      day: string,
      extra: Partial<ReportCase> = {},
    ): ReportCase => ({
      kind: 'technical',
      openedAt: `2026-03-${day}T02:00:00Z`,
      voided: false,
      responseMs: responseMinutes === null ? null : responseMinutes * MIN,
      outcome: { severity, guaranteed: true, clockStatus },
      ...extra,
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

  deskTest("T1: a case opened on 1 April in Beijing (31 March in UTC) is April's", async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    expectOk(
      await desk.dispatch('cases/open', {
        partnerId,
        kind: 'technical',
        category: 'product-error-or-fault',
        severity: 'general-guidance',
        openedAt: '2026-03-31T17:00:00Z',
      }),
    );
    const march = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }));
    const april = expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-04' }));
    expect(march.total.count).toBe(0);
    expect(april).toMatchObject({ complete: false, asOf: '2026-04-02', total: { count: 1, pending: 0, missed: 1 } });
  });

  deskTest('a Standard partner gets it on request; bad input names the field; an unknown partner is not found', async ({ desk }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    expect(expectOk<ServiceReportData>(await desk.dispatch('reports/service-report', { partnerId, month: '2026-03' }))).toMatchObject({
      level: 'standard',
      included: false,
    });
    expect(await desk.dispatch('reports/service-report', { partnerId, month: '2026-13' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'month' },
    });
    expect(await desk.dispatch('reports/service-report', { partnerId: '', month: '2026-03' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'partnerId' },
    });
    expect(await desk.dispatch('reports/service-report', { partnerId })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
    expect(await desk.dispatch('reports/service-report', { partnerId: 'nobody', month: '2026-03' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', data: { what: 'partner' } },
    });
  });
});
