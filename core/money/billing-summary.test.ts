import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { billingSummary } from './billing-summary';
import { samplePriceBook } from './price-book';

const sub = aSubscription({ level: 'standard', changes: [{ from: '2026-07-01', level: 'premier' }] });
const summary = (month: string, input: Partial<Parameters<typeof billingSummary>[0]> = {}) =>
  billingSummary({ subscription: sub, priceBook: samplePriceBook, month, ...input });

describe('M8 billingSummary', () => {
  it('lists the prepayment of the month a period starts', () => {
    expect(summary('2026-01')).toMatchObject({ total: 1_200_000, lines: [{ date: '2026-01-01', kind: 'prepayment', amount: 1_200_000 }] });
    expect(summary('2026-02').lines).toEqual([]);
  });

  it('M7: add-on packs on their purchase date', () => {
    const s = summary('2026-03', {
      packs: [
        { boughtOn: '2026-03-10', count: 2 },
        { boughtOn: '2026-04-01', count: 1 },
      ],
    });
    expect(s.lines).toMatchObject([{ date: '2026-03-10', kind: 'addon-pack', amount: 100_000 }]);
    expect(s.total).toBe(100_000);
  });

  it("a change charge and the previous month's incremental fee on the 1st", () => {
    const s = summary('2026-07', { consumption: { '2026-06': 2_000_000 } });
    expect(s.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['change-charge', 1_209_863],
      ['incremental-fee', 67_000],
    ]);
    expect(s.total).toBe(1_276_863);
  });

  it('renewals of a monthly plan, and an unsubscribe refund', () => {
    const monthly = aSubscription({ start: '2026-01-31', billing: 'monthly' });
    expect(billingSummary({ subscription: monthly, priceBook: samplePriceBook, month: '2026-02' }).lines).toMatchObject([
      { date: '2026-02-28', kind: 'renewal', amount: 100_000 },
    ]);
    const gone = aSubscription({ changes: [{ from: '2026-10-15', level: null }] });
    const oct = billingSummary({ subscription: gone, priceBook: samplePriceBook, month: '2026-10' });
    expect(oct.lines).toMatchObject([{ date: '2026-10-15', kind: 'unsubscribe-refund', amount: -256_438 }]);
    // M6: October's incremental fee is still settled on 1 November, for the 14 days in force.
    const nov = billingSummary({ subscription: gone, priceBook: samplePriceBook, month: '2026-11', consumption: { '2026-10': 2_000_000 } });
    expect(nov.lines).toMatchObject([{ date: '2026-11-01', kind: 'incremental-fee', amount: 30_258 }]); // 67000 × 14 / 31
    expect(billingSummary({ subscription: gone, priceBook: samplePriceBook, month: '2027-01' }).lines).toEqual([]);
  });
});
