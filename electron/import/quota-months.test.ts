import { describe, expect, it } from 'vitest';

import type { Subscription } from '@core/subscription';
import { aStoredCase } from '@test/builders/cases';

import { caseMonthOf } from '../handlers/case-entry';
import type { CaseRecordStored } from '../ipc/contract';
import { caseFactsOf } from '../store/case-facts';
import { QuotaMonths } from './quota-months';

/** Standard from 2025, Premier from 15 March 2026. */
const subscription: Subscription = {
  start: '2025-01-01',
  billing: 'monthly',
  levels: [
    { from: '2025-01-01', level: 'standard' },
    { from: '2026-03-15', level: 'premier' },
  ],
};

// A whole stored case (the day's facts rate its response clock too), opened at `openedAt`.
const aCase = (id: string, openedAt: string, overrides: Partial<CaseRecordStored> = {}): CaseRecordStored => aStoredCase({ id, openedAt, ...overrides });

/** Stored cases as the index keeps them: each Beijing day's facts. */
const factsOfDays = (cases: CaseRecordStored[]) => {
  const days = new Map<string, CaseRecordStored[]>();
  for (const c of cases) {
    const day = new Date(Date.parse(c.openedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), c]);
  }
  return new Map([...days].map(([day, list]) => [day, caseFactsOf(list)]));
};

describe('caseMonthOf', () => {
  it('T1: the Beijing month, also for an instant in another form, and across the UTC hour that ends a Beijing month', () => {
    const monthOf = caseMonthOf;
    expect(
      ['2026-03-31T15:59:59Z', '2026-03-31T16:00:00Z', '2026-03-31T16:59:59Z', '2026-04-01T00:30:00+08:00', '2026-03-31T23:59:00-08:00'].map(monthOf),
    ).toEqual(['2026-03', '2026-04', '2026-04', '2026-04', '2026-04']);
    expect(monthOf('2026-03-31T15:00:00Z')).toBe('2026-03');
  });
});

describe('QuotaMonths', () => {
  const plans = new Map<string, Subscription>([['p-1', subscription]]);
  const quotaMonths = (stored: CaseRecordStored[] = []) => new QuotaMonths((partnerId) => plans.get(partnerId) ?? null, factsOfDays(stored));

  it('Q1/Q4/Q5: counts, per partner and month, the stored technical cases not voided opened on a Standard day', () => {
    const months = quotaMonths([
      aCase('a', '2026-03-02T02:00:00Z'),
      aCase('b', '2026-03-03T02:00:00Z', { kind: 'service' }),
      aCase('c', '2026-03-04T02:00:00Z', { state: 'voided' }),
      aCase('d', '2026-03-05T02:00:00Z', { state: 'withdrawn' }),
      aCase('e', '2026-03-20T02:00:00Z'),
      aCase('f', '2026-02-27T02:00:00Z'),
      // 28 February 16:30 UTC is already 1 March in Beijing: it counts in March.
      aCase('h', '2026-02-28T16:30:00Z'),
      aCase('g', '2026-03-06T02:00:00Z', { partnerId: 'p-2' }),
    ]);
    expect(months.usedIn('p-1', '2026-03')).toBe(3);
    expect(months.usedIn('p-1', '2026-02')).toBe(1);
    expect(months.usedIn('p-1', '2026-04')).toBe(0);
    // A partner without a plan has no quota to count toward.
    expect(months.usedIn('p-2', '2026-03')).toBe(0);
  });

  it('an accepted case counts for the rows after it when it uses the quota', () => {
    const months = quotaMonths([aCase('a', '2026-03-02T02:00:00Z')]);
    months.accept(aCase('x', '2026-03-09T02:00:00Z'), '2026-03');
    months.accept(aCase('y', '2026-03-25T02:00:00Z'), '2026-03');
    months.accept(aCase('z', '2026-03-09T02:00:00Z', { kind: 'service' }), '2026-03');
    expect(months.usedIn('p-1', '2026-03')).toBe(2);
  });
});
