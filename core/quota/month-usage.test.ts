import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { aSubscription, technicalCases } from '@test/builders/domain';

import { forecastExhaustion } from './forecast';
import { monthUsage } from './month-usage';
import { checkBuyPack } from './packs';

describe('monthUsage', () => {
  it('summarises used, limit, remaining and packs with their expiry', () => {
    const usage = monthUsage({
      subscription: aSubscription(),
      cases: technicalCases(12),
      packs: [
        { boughtOn: '2026-03-10', count: 1 },
        { boughtOn: '2026-04-01', count: 1 },
      ],
      month: '2026-03',
    });
    expect(usage).toEqual({
      month: '2026-03',
      standardInForce: true,
      used: 12,
      included: 30,
      limit: 40,
      remaining: 28,
      packs: [{ boughtOn: '2026-03-10', count: 1, cases: 10, validUntil: '2026-03-31' }],
    });
  });

  it('has no limit on Premier', () => {
    const usage = monthUsage({ subscription: aSubscription({ level: 'premier' }), cases: technicalCases(50), packs: [], month: '2026-03' });
    expect(usage).toMatchObject({ standardInForce: false, used: 0, limit: null, remaining: null });
  });

  it('property: remaining is never below zero and used + remaining ≥ limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 0, max: 3 }), (n, packs) => {
        const usage = monthUsage({
          subscription: aSubscription(),
          cases: technicalCases(n),
          packs: packs > 0 ? [{ boughtOn: '2026-03-01', count: packs }] : [],
          month: '2026-03',
        });
        expect(usage.remaining).toBeGreaterThanOrEqual(0);
        expect(usage.limit).toBe(30 + 10 * packs);
        expect(usage.remaining).toBe(Math.max(0, 30 + 10 * packs - n));
      }),
    );
  });
});

describe('Q2 checkBuyPack', () => {
  it('is valid to the end of the Beijing month, leap February included', () => {
    const r = checkBuyPack({ subscription: aSubscription({ start: '2028-01-01' }), request: { boughtOn: '2028-02-10', count: 1 } });
    expect(r.ok && r.value).toEqual({ count: 1, cases: 10, validUntil: '2028-02-29' });
  });

  it('refuses Basic, Premier, no subscription and zero packs', () => {
    const code = (level: 'basic' | 'premier') => {
      const r = checkBuyPack({ subscription: aSubscription({ level }), request: { boughtOn: '2026-02-10', count: 1 } });
      return r.ok ? null : r.error.code;
    };
    expect(code('basic')).toBe('ADDON_NOT_APPLICABLE');
    expect(code('premier')).toBe('ADDON_NOT_APPLICABLE');
    const none = checkBuyPack({ subscription: aSubscription(), request: { boughtOn: '2025-12-10', count: 1 } });
    expect(none.ok ? null : none.error.code).toBe('NO_ACTIVE_SUBSCRIPTION');
    const zero = checkBuyPack({ subscription: aSubscription(), request: { boughtOn: '2026-02-10', count: 0 } });
    expect(zero.ok ? null : zero.error.code).toBe('INVALID_INPUT');
  });
});

describe('forecastExhaustion', () => {
  const usage = (n: number) => monthUsage({ subscription: aSubscription(), cases: technicalCases(n), packs: [], month: '2026-03' });

  it('projects the current pace to the day the quota runs out', () => {
    // 15 cases in 10 days: 1.5 a day, 30 reached on day 20.
    expect(forecastExhaustion(usage(15), '2026-03-10')).toEqual({ exhaustsOn: '2026-03-20', alreadyExhausted: false });
  });

  it('says nothing runs out when the pace lasts the month or nothing is used', () => {
    expect(forecastExhaustion(usage(10), '2026-03-15').exhaustsOn).toBeNull();
    expect(forecastExhaustion(usage(0), '2026-03-15').exhaustsOn).toBeNull();
  });

  it('reports an exhausted month as of today', () => {
    expect(forecastExhaustion(usage(30), '2026-03-28')).toEqual({ exhaustsOn: '2026-03-28', alreadyExhausted: true });
  });
});
