import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, daysBetween } from '../time';
import { type ProrationInput, prorationQuote } from './proration';

const quote = (input: Partial<ProrationInput>) => {
  const r = prorationQuote({
    kind: 'upgrade',
    periodStart: '2026-01-01',
    periodEnd: '2027-01-01',
    segmentStart: '2026-01-01',
    segmentPaid: 1_200_000,
    newPeriodFee: 3_600_000,
    on: '2026-07-01',
    ...input,
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('M3-M6 prorationQuote', () => {
  it('upgrade mid-year: the full breakdown', () => {
    expect(quote({})).toMatchObject({
      periodDays: 365,
      remainingDays: 184,
      segmentDays: 365,
      oldSurplus: 604932,
      newRemaining: 1814795,
      net: 1209863,
      charge: 1209863,
      refund: 0,
      nextSegment: { start: '2026-07-01', paid: 1814795 },
    });
  });

  it('a second change prorates the segment, not the period', () => {
    expect(quote({ kind: 'downgrade', segmentStart: '2026-07-01', segmentPaid: 1_814_795, newPeriodFee: 1_200_000, on: '2026-09-01' })).toMatchObject({
      segmentDays: 184,
      oldSurplus: 1203288,
      newRemaining: 401096,
      net: -802192,
      refund: 802192,
      charge: 0,
    });
  });

  it("unsubscribe refunds the surplus and shows the month's incremental fee as pending", () => {
    expect(quote({ kind: 'unsubscribe', on: '2026-10-15', pendingIncrementalAmount: 4200 })).toMatchObject({
      remainingDays: 78,
      oldSurplus: 256438,
      newRemaining: 0,
      refund: 256438,
      nextSegment: null,
      pendingIncremental: { month: '2026-10', settlesOn: '2026-11-01', amount: 4200 },
    });
  });

  it('a leap-year period has 366 days', () => {
    expect(quote({ periodStart: '2028-01-01', periodEnd: '2029-01-01', segmentStart: '2028-01-01', on: '2028-02-29' })).toMatchObject({
      periodDays: 366,
      remainingDays: 307,
    });
  });

  it('refuses a change date outside the segment', () => {
    const r = prorationQuote({
      kind: 'unsubscribe',
      periodStart: '2026-01-01',
      periodEnd: '2027-01-01',
      segmentStart: '2026-07-01',
      segmentPaid: 1,
      on: '2027-01-01',
    });
    expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
  });

  it('property: net = newRemaining − oldSurplus, charge − refund = net, amounts within what was paid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 28, max: 366 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.integer({ min: 0, max: 100_000_000 }),
        (periodDays, a, b, paid, newFee) => {
          const periodStart = '2026-01-01';
          const periodEnd = addDays(periodStart, periodDays);
          const segmentStart = addDays(periodStart, a % periodDays);
          const on = addDays(segmentStart, b % daysBetween(segmentStart, periodEnd));
          const q = quote({ periodStart, periodEnd, segmentStart, segmentPaid: paid, newPeriodFee: newFee, on });
          expect(q.net).toBe(q.newRemaining - q.oldSurplus);
          expect(q.charge - q.refund).toBe(q.net);
          expect(q.oldSurplus).toBeGreaterThanOrEqual(0);
          expect(q.oldSurplus).toBeLessThanOrEqual(paid);
          expect(q.newRemaining).toBeLessThanOrEqual(newFee);
        },
      ),
    );
  });
});
