// M9: the incremental fee of a month.
import type { Level } from '../catalog';
import { levelSpans, type Subscription } from '../subscription';
import { daysBetween, daysInMonth, type IsoDate, type MonthKey, monthStart, nextMonthStart } from '../time';
import { monthlyBase, type PriceBook, type UsageBand } from './price-book';
import { roundHalfUp } from './rounding';

const BASIS_POINTS = 10_000n;

/** Bands in ascending order of their bound, the unbounded one last. */
function ordered(bands: readonly UsageBand[]): UsageBand[] {
  return [...bands].sort((a, b) => (a.upTo === null ? 1 : b.upTo === null ? -1 : a.upTo - b.upTo));
}

/** M9: bands stack like tax brackets; rates in basis points; one rounding at the end. */
export function usageFee(bands: readonly UsageBand[], consumption: number): number {
  let lower = 0;
  let total = 0n;
  for (const band of ordered(bands)) {
    const upper = band.upTo ?? Number.POSITIVE_INFINITY;
    const portion = Math.max(0, Math.min(consumption, upper) - lower);
    total += BigInt(band.rateBp) * BigInt(portion);
    lower = upper;
    if (consumption <= lower) break;
  }
  return roundHalfUp(total, BASIS_POINTS);
}

export type IncrementalFee = { readonly usageFee: number; readonly base: number; readonly incremental: number };

/** M9: incremental = max(0, usageFee − base). */
export function incrementalFee(input: { readonly bands: readonly UsageBand[]; readonly consumption: number; readonly base: number }): IncrementalFee {
  const fee = usageFee(input.bands, input.consumption);
  return { usageFee: fee, base: input.base, incremental: Math.max(0, fee - input.base) };
}

export type IncrementalPart = IncrementalFee & { readonly level: Level; readonly days: number };

export type MonthIncremental = {
  readonly month: MonthKey;
  readonly consumption: number;
  readonly daysInMonth: number;
  readonly parts: readonly IncrementalPart[];
  /** M9: settled on the 1st of the next month. */
  readonly settlesOn: IsoDate;
  readonly amount: number;
};

/**
 * M9: a month's incremental fee. When the level changed during the month each level's fee is
 * weighted by the days it was in force (days without a plan weigh nothing), rounded once (M1).
 */
export function monthIncrementalFee(input: {
  readonly subscription: Subscription;
  readonly priceBook: PriceBook;
  readonly month: MonthKey;
  readonly consumption: number;
}): MonthIncremental {
  const { subscription, priceBook, month } = input;
  const from = monthStart(month);
  const to = nextMonthStart(month);
  const dim = daysInMonth(month);
  const days = new Map<Level, number>();
  for (const span of levelSpans(subscription, from, to)) {
    if (span.level !== null) days.set(span.level, (days.get(span.level) ?? 0) + daysBetween(span.start, span.end));
  }
  const parts: IncrementalPart[] = [...days].map(([level, d]) => ({
    level,
    days: d,
    ...incrementalFee({
      bands: priceBook.levels[level].bands,
      consumption: input.consumption,
      base: monthlyBase(priceBook, level, subscription.billing),
    }),
  }));
  const weighted = parts.reduce((sum, p) => sum + BigInt(p.incremental) * BigInt(p.days), 0n);
  return { month, consumption: input.consumption, daysInMonth: dim, parts, settlesOn: to, amount: roundHalfUp(weighted, dim) };
}
