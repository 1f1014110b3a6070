import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { prorate, roundHalfUp } from './rounding';

describe('M1 roundHalfUp', () => {
  it('rounds from the exact fraction', () => {
    expect(roundHalfUp(1_200_000 * 184, 365)).toBe(604932); // 604931.5068…
    expect(prorate(3_600_000, 184, 365)).toBe(1814795); // 1814794.52…
  });

  it('rounds exact halves up (away from zero)', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(1, 2)).toBe(1);
    expect(roundHalfUp(3, 2)).toBe(2);
    expect(roundHalfUp(-5, 2)).toBe(-3);
    expect(prorate(100_001, 1, 2)).toBe(50001); // 50000.5
    expect(prorate(300_000, 73, 146)).toBe(150000);
  });

  it('just below a half rounds down, just above rounds up', () => {
    expect(roundHalfUp(2_499_999, 1_000_000)).toBe(2);
    expect(roundHalfUp(2_500_001, 1_000_000)).toBe(3);
  });

  it('handles amounts beyond 2^53 in the product without losing precision', () => {
    expect(prorate(9_007_199_254_740, 999_983, 1_000_003)).toBe(9_007_019_111_295);
  });

  it('property: matches floor(x + 1/2) for non-negative fractions and never returns -0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000 }), (n, d) => {
        const r = roundHalfUp(n, d);
        expect(2 * n >= (2 * r - 1) * d && 2 * n < (2 * r + 1) * d).toBe(true);
        expect(Object.is(roundHalfUp(-0, d), -0)).toBe(false);
      }),
    );
  });
});
