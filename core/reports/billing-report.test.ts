import { describe, expect, it } from 'vitest';

import { billingSummary, samplePriceBook } from '../money';
import type { Subscription } from '../subscription';
import { billingMonths, type RecordedCharge, totalsByCurrency } from './billing-report';
import { monthRange } from './month-range';

const monthly: Subscription = {
  start: '2026-01-01',
  billing: 'monthly',
  levels: [
    { from: '2026-01-01', level: 'standard' },
    { from: '2026-02-15', level: 'premier' },
  ],
};
const charge = (date: string, kind: RecordedCharge['kind'], amount: number, rule = 'S1'): RecordedCharge => ({
  date,
  kind,
  amount,
  currency: 'CNY',
  level: 'standard',
  rule,
});

describe('billing months (M8)', () => {
  it("lists the recorded charges of each month as recorded, not at today's prices", () => {
    // Recorded at an older price: the report keeps 90 000, though the price book now says 100 000.
    const months = billingMonths({
      charges: [charge('2026-01-01', 'prepayment', 90_000), charge('2026-01-10', 'addon-pack', 50_000, 'M7')],
      subscriptions: [monthly],
      priceBook: samplePriceBook,
      consumption: {},
      from: '2026-01',
      to: '2026-01',
    });
    expect(months).toHaveLength(1);
    expect(months[0]?.lines.map((l) => [l.kind, l.amount, l.rule])).toEqual([
      ['prepayment', 90_000, 'S1'],
      ['addon-pack', 50_000, 'M7'],
    ]);
    expect(months[0]?.totals).toEqual([{ currency: 'CNY', amount: 140_000 }]);
  });

  it("M9: settles the previous month's incremental fee on the 1st, as core computes it", () => {
    const consumption = { '2026-02': 5_000_000 };
    const [march] = billingMonths({ charges: [], subscriptions: [monthly], priceBook: samplePriceBook, consumption, from: '2026-03', to: '2026-03' });
    const expected = billingSummary({ subscription: monthly, priceBook: samplePriceBook, month: '2026-03', consumption }).lines.find(
      (l) => l.kind === 'incremental-fee',
    );
    expect(march?.lines).toEqual([
      expect.objectContaining({
        date: '2026-03-01',
        kind: 'incremental-fee',
        amount: expected?.amount,
        rule: 'M9',
        forMonth: '2026-02',
        consumption: 5_000_000,
      }),
    ]);
    expect(march?.pending).toBe(0);
  });

  it("DECISIONS 27: without the month's consumption the fee is a line with no amount, left out of the total", () => {
    const [march] = billingMonths({
      charges: [charge('2026-03-01', 'renewal', 300_000)],
      subscriptions: [monthly],
      priceBook: samplePriceBook,
      consumption: {},
      from: '2026-03',
      to: '2026-03',
    });
    expect(march?.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['renewal', 300_000],
      ['incremental-fee', null],
    ]);
    expect(march?.pending).toBe(1);
    expect(march?.totals).toEqual([{ currency: 'CNY', amount: 300_000 }]);
  });

  it('DECISIONS 21: no incremental line for a month without a plan in force', () => {
    const [january] = billingMonths({
      charges: [],
      subscriptions: [monthly],
      priceBook: samplePriceBook,
      consumption: { '2025-12': 1_000_000 },
      from: '2026-01',
      to: '2026-01',
    });
    expect(january?.lines).toEqual([]);
  });

  it('totals each currency apart and keeps months in order', () => {
    expect(
      totalsByCurrency([
        { amount: 5, currency: 'USD' },
        { amount: 7, currency: 'CNY' },
        { amount: null, currency: 'CNY' },
        { amount: -2, currency: 'USD' },
      ]),
    ).toEqual([
      { currency: 'CNY', amount: 7 },
      { currency: 'USD', amount: 3 },
    ]);
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
  });
});

describe('billing months on Basic', () => {
  it('DECISIONS 20: a level without bands leaves no fee waiting for its consumption', () => {
    const basic: Subscription = { start: '2026-01-01', billing: 'yearly', levels: [{ from: '2026-01-01', level: 'basic' }] };
    const [march] = billingMonths({ charges: [], subscriptions: [basic], priceBook: samplePriceBook, consumption: {}, from: '2026-03', to: '2026-03' });
    expect(march?.lines).toEqual([]);
  });
});
