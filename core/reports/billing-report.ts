// M8: a partner's billing months as recorded, plus the incremental fee M9 settles on the 1st.
import type { Level } from '../catalog';
import { monthIncrementalFee, type PriceBook } from '../money';
import { levelSpans, type Subscription } from '../subscription';
import { type IsoDate, type MonthKey, monthOf, monthStart, nextMonthStart, previousMonth } from '../time';
import { monthRange } from './month-range';

export type RecordedChargeKind = 'prepayment' | 'renewal' | 'change-charge' | 'change-refund' | 'unsubscribe-refund' | 'addon-pack' | 'incremental-fee';

/** A charge as it was recorded when it happened (amount, currency and rule of that day). */
export type RecordedCharge = {
  readonly date: IsoDate;
  readonly kind: RecordedChargeKind;
  readonly amount: number;
  readonly currency: string;
  readonly level: Level | null;
  readonly rule: string;
};

export type BillingReportLine = {
  readonly date: IsoDate;
  readonly kind: RecordedChargeKind;
  /** Minor units; null for an incremental fee whose month's consumption is not known yet. */
  readonly amount: number | null;
  readonly currency: string;
  readonly level: Level | null;
  readonly rule: string;
  /** M9: for an incremental fee, the month it is for and that month's consumption (if known). */
  readonly forMonth?: MonthKey;
  readonly consumption?: number | null;
};

export type CurrencyTotal = { readonly currency: string; readonly amount: number };

export type BillingMonth = {
  readonly month: MonthKey;
  readonly lines: readonly BillingReportLine[];
  /** M8: the total of the known amounts, per currency (a price book's currency can change). */
  readonly totals: readonly CurrencyTotal[];
  /** Lines whose amount is not known yet (M9 without consumption). */
  readonly pending: number;
};

/** Sums known amounts per currency, currencies in alphabetical order. */
export function totalsByCurrency(lines: readonly { readonly amount: number | null; readonly currency: string }[]): CurrencyTotal[] {
  const sums = new Map<string, number>();
  for (const l of lines) if (l.amount !== null) sums.set(l.currency, (sums.get(l.currency) ?? 0) + l.amount);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

/**
 * M9 / DECISIONS 21, 27: the previous month's incremental fee, settled on the 1st of `month`,
 * once for each subscription that had a plan in force in that month (days without one weigh
 * nothing). Without that month's consumption the line is there with no amount: not known yet.
 */
function incrementalLines(subscriptions: readonly Subscription[], priceBook: PriceBook, month: MonthKey, consumption: number | undefined): BillingReportLine[] {
  const previous = previousMonth(month);
  const levelsIn = (s: Subscription) =>
    levelSpans(s, monthStart(previous), nextMonthStart(previous)).flatMap((span) => (span.level === null ? [] : [span.level]));
  return (
    subscriptions
      .filter((s) => levelsIn(s).length > 0)
      // DECISIONS 20: a level without bands has no fee, so nothing waits on its consumption.
      .filter((s) => consumption !== undefined || levelsIn(s).some((level) => priceBook.levels[level].bands.length > 0))
      .map((subscription) => ({
        date: monthStart(month),
        kind: 'incremental-fee' as const,
        amount: consumption === undefined ? null : monthIncrementalFee({ subscription, priceBook, month: previous, consumption }).amount,
        currency: priceBook.currency,
        level: null,
        rule: 'M9',
        forMonth: previous,
        consumption: consumption ?? null,
      }))
  );
}

/**
 * M8: each month of `from..to` for one partner: the recorded prepayments, renewals, change
 * charges and refunds and add-on packs dated in it (never recomputed with today's prices),
 * and the incremental fee of the month before, computed from its cloud consumption (M9).
 */
export function billingMonths(input: {
  readonly charges: readonly RecordedCharge[];
  readonly subscriptions: readonly Subscription[];
  readonly priceBook: PriceBook;
  /** Cloud consumption per month in minor units. */
  readonly consumption: Readonly<Record<MonthKey, number>>;
  readonly from: MonthKey;
  readonly to: MonthKey;
}): BillingMonth[] {
  // Each charge's month worked out once, not once per month of the range.
  const recordedIn = new Map<MonthKey, RecordedCharge[]>();
  for (const c of input.charges) {
    if (c.kind === 'incremental-fee') continue;
    const month = monthOf(c.date);
    const list = recordedIn.get(month);
    if (list) list.push(c);
    else recordedIn.set(month, [c]);
  }
  return monthRange(input.from, input.to).map((month) => {
    const recorded: BillingReportLine[] = (recordedIn.get(month) ?? []).map((c) => ({ ...c }));
    const lines = [...recorded, ...incrementalLines(input.subscriptions, input.priceBook, month, input.consumption[previousMonth(month)])];
    lines.sort((a, b) => a.date.localeCompare(b.date));
    return { month, lines, totals: totalsByCurrency(lines), pending: lines.filter((l) => l.amount === null).length };
  });
}
