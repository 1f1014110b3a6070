// Q1-Q3 + M2 + M9: from how many technical cases a month Premier costs a Standard partner less
// than staying on Standard and buying add-on packs.
import { type PlanCatalog, planCatalog } from '../catalog';
import type { BillingMode } from '../subscription';
import { monthlyBase, type PriceBook } from './price-book';

/** Beyond this many technical cases a month the answer is "never" (a sensible bound for a partner). */
export const BREAK_EVEN_CASE_BOUND = 1000;

export type MonthlyCosts = {
  readonly cases: number;
  /** Q3: packs of 10 needed on top of the 30 included. */
  readonly packs: number;
  readonly standard: number;
  readonly premier: number;
};

export type BreakEven =
  /** Premier is cheaper even with no technical case (costs at 0 cases). */
  | { readonly kind: 'already'; readonly at: MonthlyCosts }
  /** The smallest case count at which Premier is strictly cheaper. */
  | { readonly kind: 'from'; readonly at: MonthlyCosts }
  /** Premier is never cheaper up to `bound` cases (costs at the bound). */
  | { readonly kind: 'never'; readonly bound: number; readonly at: MonthlyCosts };

type Input = { readonly priceBook: PriceBook; readonly billing: BillingMode; readonly bound?: number; readonly catalog?: PlanCatalog };

function allowance(catalog: PlanCatalog): { included: number; perPack: number } {
  const standard = catalog.plans.standard;
  return { included: standard.technicalCasesPerMonth ?? 0, perPack: standard.addonPackCases ?? 1 };
}

/**
 * A month's cost of each level at n technical cases: Standard's monthly fee (yearly fee / 12,
 * M1 half-up, as M9's base) plus the packs Q3 needs; Premier's monthly fee (unlimited cases).
 */
export function monthlyCostsAt(cases: number, input: Input): MonthlyCosts {
  const { included, perPack } = allowance(input.catalog ?? planCatalog);
  const packs = Math.ceil(Math.max(0, cases - included) / perPack);
  return {
    cases,
    packs,
    standard: monthlyBase(input.priceBook, 'standard', input.billing) + packs * input.priceBook.addonPackPrice,
    premier: monthlyBase(input.priceBook, 'premier', input.billing),
  };
}

/** The smallest n at which Premier is strictly cheaper than Standard with packs. */
export function breakEven(input: Input): BreakEven {
  const bound = input.bound ?? BREAK_EVEN_CASE_BOUND;
  const { included, perPack } = allowance(input.catalog ?? planCatalog);
  const atZero = monthlyCostsAt(0, input);
  if (atZero.premier < atZero.standard) return { kind: 'already', at: atZero };
  const packPrice = input.priceBook.addonPackPrice;
  if (packPrice > 0) {
    // Standard's cost is a staircase: the k-th pack starts at case included + (k − 1) × perPack + 1.
    const packs = Math.floor((atZero.premier - atZero.standard) / packPrice) + 1;
    const cases = included + (packs - 1) * perPack + 1;
    if (cases <= bound) return { kind: 'from', at: monthlyCostsAt(cases, input) };
  }
  return { kind: 'never', bound, at: monthlyCostsAt(bound, input) };
}
