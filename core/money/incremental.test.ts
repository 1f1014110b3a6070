import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { incrementalFee, monthIncrementalFee, usageFee } from './incremental';
import { samplePriceBook } from './price-book';

const bands = [
  { upTo: 900_000, rateBp: 1000 },
  { upTo: 7_200_000, rateBp: 700 },
  { upTo: null, rateBp: 500 },
];

describe('M9 incremental fee', () => {
  it('stacks bands like tax brackets', () => {
    expect(incrementalFee({ bands, consumption: 500_000, base: 90_000 })).toEqual({ usageFee: 50_000, base: 90_000, incremental: 0 });
    expect(incrementalFee({ bands, consumption: 2_000_000, base: 90_000 })).toEqual({ usageFee: 167_000, base: 90_000, incremental: 77_000 });
    // 900000 × 10 % + 6300000 × 7 % + 800000 × 5 % = 90000 + 441000 + 40000
    expect(usageFee(bands, 8_000_000)).toBe(571_000);
    expect(usageFee([...bands].reverse(), 8_000_000)).toBe(571_000);
  });

  it('rounds once, at the end, half-up', () => {
    // 5 × 10 % = 0.5 and 15 × 7 % … only the total is rounded.
    expect(usageFee([{ upTo: null, rateBp: 1000 }], 5)).toBe(1);
    expect(
      usageFee(
        [
          { upTo: 5, rateBp: 1000 },
          { upTo: null, rateBp: 1000 },
        ],
        10,
      ),
    ).toBe(1);
    expect(usageFee([], 1_000_000)).toBe(0);
  });

  it('weights each level by the days it was in force when the level changed', () => {
    const sub = aSubscription({ level: 'standard', changes: [{ from: '2026-07-11', level: 'premier' }] });
    const fee = monthIncrementalFee({ subscription: sub, priceBook: samplePriceBook, month: '2026-07', consumption: 2_000_000 });
    expect(fee.parts).toEqual([
      { level: 'standard', days: 10, usageFee: 167_000, base: 100_000, incremental: 67_000 },
      { level: 'premier', days: 21, usageFee: 167_000, base: 300_000, incremental: 0 },
    ]);
    expect(fee.amount).toBe(21_613); // 67000 × 10 / 31 = 21612.9
    expect(fee.settlesOn).toBe('2026-08-01');
  });

  it('a whole month on one level is not weighted', () => {
    const fee = monthIncrementalFee({ subscription: aSubscription(), priceBook: samplePriceBook, month: '2026-02', consumption: 2_000_000 });
    expect(fee.amount).toBe(67_000);
  });
});
