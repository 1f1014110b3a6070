import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { breakEven, monthlyCostsAt } from './break-even';
import { type PriceBook, samplePriceBook } from './price-book';

const book = (standard: number, premier: number, pack: number, yearly = false): PriceBook => ({
  ...samplePriceBook,
  levels: {
    ...samplePriceBook.levels,
    standard: { ...samplePriceBook.levels.standard, monthlyFee: standard, yearlyFee: yearly ? standard * 12 : standard * 10 },
    premier: { ...samplePriceBook.levels.premier, monthlyFee: premier, yearlyFee: yearly ? premier * 12 : premier * 10 },
  },
  addonPackPrice: pack,
});

describe('break-even between Standard with packs and Premier', () => {
  it('Q3: packs are needed from the 31st case, one per 10 cases', () => {
    const costs = (n: number) => monthlyCostsAt(n, { priceBook: samplePriceBook, billing: 'monthly' });
    expect(costs(30)).toMatchObject({ packs: 0, standard: 100_000, premier: 300_000 });
    expect(costs(31)).toMatchObject({ packs: 1, standard: 150_000 });
    expect(costs(40)).toMatchObject({ packs: 1 });
    expect(costs(41)).toMatchObject({ packs: 2, standard: 200_000 });
  });

  it('sample prices, yearly: Premier is cheaper from 71 cases a month', () => {
    expect(breakEven({ priceBook: samplePriceBook, billing: 'yearly' })).toEqual({
      kind: 'from',
      at: { cases: 71, packs: 5, standard: 350_000, premier: 300_000 },
    });
  });

  it('M1: a yearly fee is divided by 12 and rounded half-up', () => {
    const priceBook: PriceBook = {
      ...samplePriceBook,
      levels: { ...samplePriceBook.levels, standard: { ...samplePriceBook.levels.standard, yearlyFee: 1_000_006 } },
    };
    // 1,000,006 / 12 = 83,333.83 → 83,334
    expect(monthlyCostsAt(0, { priceBook, billing: 'yearly' }).standard).toBe(83_334);
  });

  it('answers "already" when Premier costs less with no case at all', () => {
    expect(breakEven({ priceBook: book(200_000, 150_000, 50_000), billing: 'monthly' })).toMatchObject({ kind: 'already', at: { cases: 0 } });
  });

  it('answers "never" when packs are free or the break-even is beyond the bound', () => {
    expect(breakEven({ priceBook: book(100_000, 300_000, 0), billing: 'monthly' })).toMatchObject({ kind: 'never', bound: 1000 });
    expect(breakEven({ priceBook: book(100_000, 300_000, 1), billing: 'monthly', bound: 500 })).toMatchObject({
      kind: 'never',
      bound: 500,
      at: { cases: 500 },
    });
  });

  it('equal costs are not "cheaper": Premier must cost strictly less', () => {
    // 4 packs make Standard exactly 300,000 at 61..70 cases; the 5th pack at 71 tips it.
    expect(breakEven({ priceBook: book(100_000, 300_000, 50_000), billing: 'monthly' })).toMatchObject({ kind: 'from', at: { cases: 71 } });
  });

  it('property: the answer is the first n of a linear scan at which Premier is strictly cheaper', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.boolean(),
        (standard, premier, pack, yearly) => {
          const input = { priceBook: book(standard, premier, pack, yearly), billing: yearly ? ('yearly' as const) : ('monthly' as const), bound: 300 };
          const answer = breakEven(input);
          let first: number | null = null;
          for (let n = 0; n <= 300 && first === null; n++) {
            const c = monthlyCostsAt(n, input);
            if (c.premier < c.standard) first = n;
          }
          if (first === null) expect(answer.kind).toBe('never');
          else if (first === 0) expect(answer.kind).toBe('already');
          else expect(answer).toMatchObject({ kind: 'from', at: { cases: first } });
          if (answer.kind !== 'never') expect(answer.at.premier).toBeLessThan(answer.at.standard);
        },
      ),
    );
  });
});
