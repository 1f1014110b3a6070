import { describe, expect, it } from 'vitest';

import { aSubscription, technicalCases } from '@test/builders/domain';

import { asOfInMonth, partnerQuotas } from './partner-quotas';

const quotas = (input: Partial<Parameters<typeof partnerQuotas>[0]>) =>
  partnerQuotas({
    subscription: aSubscription(),
    cases: [],
    packs: [],
    kea: [],
    consulting: [],
    trainings: [],
    month: '2026-03',
    today: '2026-03-10',
    ...input,
  });

describe('partnerQuotas', () => {
  it('Standard: cases with packs and the forecast, KEA, consulting and trainings of the service year', () => {
    const row = quotas({
      cases: technicalCases(15),
      packs: [{ boughtOn: '2026-03-05', count: 1 }],
      kea: [
        { start: '2026-02-10', end: '2026-02-11' },
        { start: '2026-04-01', end: '2026-04-03', cancelledOn: '2026-03-01' },
      ],
      consulting: [
        { date: '2026-02-03', hours: 4 },
        { date: '2026-03-03', hours: 2, cancelled: true },
      ],
      trainings: [{ date: '2026-03-04', method: 'online' }],
    });
    expect(row).toMatchObject({ asOf: '2026-03-10', level: 'standard', billing: 'yearly', serviceYear: { start: '2026-01-01', end: '2027-01-01' } });
    // Q3: 30 + 10; 15 cases in 10 days runs out on day ceil(40 × 10 / 15) = 27.
    expect(row.cases).toMatchObject({
      status: 'counted',
      usage: { used: 15, limit: 40, remaining: 25, packs: [{ validUntil: '2026-03-31' }] },
      forecast: { exhaustsOn: '2026-03-27' },
    });
    // B1: a booking cancelled before its start gives its days back.
    expect(row.kea).toMatchObject({ status: 'counted', quota: 4, used: 2, left: 2 });
    expect(row.consulting).toMatchObject({ status: 'counted', quota: 4, used: 1, left: 3 });
    expect(row.trainings).toMatchObject({ status: 'counted', organizedThisMonth: 1, thisServiceYear: 1 });
  });

  it('Premier is unlimited; Basic includes none of it; a monthly plan has no KEA (B1)', () => {
    expect(quotas({ subscription: aSubscription({ level: 'premier' }), cases: technicalCases(50) }).cases).toEqual({ status: 'unlimited' });
    const basic = quotas({ subscription: aSubscription({ level: 'basic' }) });
    expect([basic.cases, basic.kea, basic.consulting, basic.trainings]).toEqual(Array(4).fill({ status: 'not-included' }));
    expect(quotas({ subscription: aSubscription({ billing: 'monthly' }) }).kea).toEqual({ status: 'yearly-only' });
  });

  it('Q5: a month with Standard on any day keeps its quota after an upgrade', () => {
    const row = quotas({ subscription: aSubscription({ changes: [{ from: '2026-03-05', level: 'premier' }] }), cases: technicalCases(3) });
    expect(row.level).toBe('premier');
    expect(row.cases).toMatchObject({ status: 'counted', usage: { used: 3, limit: 30 } });
  });

  it('without a subscription, or after an unsubscribe, every allowance says no plan', () => {
    const none = quotas({ subscription: null });
    expect(none).toMatchObject({ level: null, billing: null, serviceYear: null });
    expect([none.cases, none.kea, none.consulting, none.trainings]).toEqual(Array(4).fill({ status: 'no-plan' }));
    const ended = quotas({ subscription: aSubscription({ changes: [{ from: '2026-02-01', level: null }] }) });
    expect([ended.cases, ended.kea, ended.consulting, ended.trainings]).toEqual(Array(4).fill({ status: 'no-plan' }));
  });

  it('reads a past month on its last day and a future month on its first', () => {
    expect(asOfInMonth('2026-02', '2026-03-10')).toBe('2026-02-28');
    expect(asOfInMonth('2026-05', '2026-03-10')).toBe('2026-05-01');
    expect(asOfInMonth('2026-03', '2026-03-10')).toBe('2026-03-10');
  });
});
