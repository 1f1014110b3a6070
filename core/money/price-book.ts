// M2: the price book is the user's; the app ships an obviously-sample one.
import type { Level } from '../catalog';
import type { BillingMode } from '../subscription';
import { roundHalfUp } from './rounding';

/** M9: a usage band; `upTo` is the band's upper bound of monthly consumption, null = no bound. */
export type UsageBand = { readonly upTo: number | null; readonly rateBp: number };

export type LevelPrices = {
  readonly monthlyFee: number;
  readonly yearlyFee: number;
  /** Optional incremental-fee bands (M9); empty = no incremental fee. */
  readonly bands: readonly UsageBand[];
};

export type PriceBook = {
  readonly name: string;
  /** M1: the currency is a setting; amounts are in its minor units. */
  readonly currency: string;
  readonly levels: Readonly<Record<Level, LevelPrices>>;
  /** M7: price of one add-on pack of 10 cases. */
  readonly addonPackPrice: number;
};

const sampleBands: readonly UsageBand[] = [
  { upTo: 900_000, rateBp: 1000 },
  { upTo: 7_200_000, rateBp: 700 },
  { upTo: 22_500_000, rateBp: 500 },
  { upTo: null, rateBp: 300 },
];

export const samplePriceBook: PriceBook = {
  name: 'SAMPLE prices - replace with your own',
  currency: 'CNY',
  levels: {
    basic: { monthlyFee: 0, yearlyFee: 0, bands: [] },
    standard: { monthlyFee: 100_000, yearlyFee: 1_200_000, bands: sampleBands },
    premier: { monthlyFee: 300_000, yearlyFee: 3_600_000, bands: sampleBands },
  },
  addonPackPrice: 50_000,
};

/** The prepayment for one period of a level in a billing mode (S1, M4). */
export function periodFee(priceBook: PriceBook, level: Level, billing: BillingMode): number {
  const prices = priceBook.levels[level];
  return billing === 'yearly' ? prices.yearlyFee : prices.monthlyFee;
}

/** M9: the base the usage fee is compared with: the monthly fee, or yearly fee / 12 (M1 rounded). */
export function monthlyBase(priceBook: PriceBook, level: Level, billing: BillingMode): number {
  const prices = priceBook.levels[level];
  return billing === 'yearly' ? roundHalfUp(prices.yearlyFee, 12) : prices.monthlyFee;
}
