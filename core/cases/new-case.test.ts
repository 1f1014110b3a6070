import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026, technicalCases } from '@test/builders/domain';

import { samplePriceBook } from '../money';
import { caseEntryOutlook, checkNewCase, type NewCaseFacts } from './new-case';

// Monday 30 March 2026, 10:00 Beijing.
const OPENED = '2026-03-30T02:00:00Z';
const request: NewCaseFacts = { kind: 'technical', category: 'product-error-or-fault', severity: 'production-exception', openedAt: OPENED };
const check = (input: Partial<Parameters<typeof checkNewCase>[0]> = {}) =>
  checkNewCase({ subscription: aSubscription(), calendar: calendar2026, packs: [], request, cases: [], ...input });
const error = (result: ReturnType<typeof checkNewCase>) => (result.ok ? null : result.error);

describe('checkNewCase', () => {
  it('C1 / C4: the level in force on the opening date and its due time', () => {
    expect(check()).toEqual({ ok: true, value: { level: 'standard', dueAt: '2026-03-30T05:00:00Z' }, warnings: [] });
    const upgraded = aSubscription({ changes: [{ from: '2026-03-30', level: 'premier' }] });
    expect(check({ subscription: upgraded, request: { ...request, severity: 'core-production-unavailable' } })).toMatchObject({
      ok: true,
      value: { level: 'premier', dueAt: '2026-03-30T02:15:00Z' },
    });
  });

  it('S5: a partner that never subscribed cannot log a case', () => {
    expect(error(check({ subscription: null }))).toMatchObject({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5' });
  });

  it('P3: the category must be of the case kind', () => {
    expect(error(check({ request: { ...request, kind: 'service' } }))).toMatchObject({ code: 'INVALID_INPUT', rule: 'P3', data: { field: 'category' } });
  });

  it('P2 / P3 / Q3: the plan and the month quota refuse as checkOpenCase does', () => {
    expect(
      error(check({ subscription: aSubscription({ level: 'basic' }), request: { ...request, kind: 'service', category: 'quota-adjustment' } })),
    ).toMatchObject({ code: 'SEVERITY_NOT_IN_PLAN' });
    expect(error(check({ subscription: aSubscription({ level: 'basic' }) }))).toMatchObject({ code: 'TECH_SUPPORT_NOT_INCLUDED' });
    expect(error(check({ cases: technicalCases(30) }))).toMatchObject({ code: 'TICKET_QUOTA_EXHAUSTED', rule: 'Q3' });
    expect(check({ used: 30, packs: [{ boughtOn: '2026-03-02', count: 1 }] }).ok).toBe(true);
  });
});

describe('caseEntryOutlook', () => {
  const outlook = (level: 'basic' | 'standard' | 'premier', used = 0) =>
    caseEntryOutlook({
      subscription: aSubscription({ level }),
      used,
      packs: [{ boughtOn: '2026-03-02', count: 1 }],
      openedAt: OPENED,
      priceBook: samplePriceBook,
    });

  it('Q1 / Q3 / M7: on Standard, the cases left with the packs bought by then, and the price of a pack', () => {
    expect(outlook('standard', 12)).toMatchObject({ level: 'standard', remaining: 28, limit: 40, pack: { price: 50_000, currency: 'CNY' } });
    expect(outlook('standard').severities.map((s) => s.id)).toEqual(['production-unavailable', 'production-exception', 'system-exception', 'general-guidance']);
  });

  it('Q5 / P2: Premier is unlimited with five severities; Basic has neither quota nor severities', () => {
    expect(outlook('premier')).toMatchObject({ level: 'premier', remaining: null, limit: null, pack: null });
    expect(outlook('premier').severities[0]).toEqual({ id: 'core-production-unavailable', targetMinutes: 15 });
    expect(outlook('basic')).toEqual({ level: 'basic', severities: [], remaining: null, limit: null, pack: null });
  });

  it('a month with a Standard day still has a limit, but a case opened on Premier does not count', () => {
    const upgraded = aSubscription({ changes: [{ from: '2026-03-15', level: 'premier' }] });
    expect(caseEntryOutlook({ subscription: upgraded, used: 5, packs: [], openedAt: OPENED, priceBook: samplePriceBook })).toMatchObject({
      level: 'premier',
      remaining: null,
      limit: null,
      pack: null,
    });
  });
});
