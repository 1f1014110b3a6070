// M7 / M8: a partner's billing summary for a calendar month.
import type { PackPurchase } from '../quota';
import { levelSpans, type Subscription } from '../subscription';
import { describeMonth, monthEnd, type MonthKey, monthOf, monthStart, nextMonthStart, previousMonth } from '../time';
import { type BillingLine, subscriptionLines } from './billing-ledger';
import { monthIncrementalFee } from './incremental';
import type { PriceBook } from './price-book';

export type BillingSummary = {
  readonly month: MonthKey;
  readonly currency: string;
  readonly lines: readonly BillingLine[];
  readonly total: number;
};

/** M7: an add-on pack is charged its price on its purchase date. */
export function addonPackCharge(priceBook: PriceBook, pack: PackPurchase): number {
  return priceBook.addonPackPrice * pack.count;
}

export function billingSummary(input: {
  readonly subscription: Subscription;
  readonly priceBook: PriceBook;
  readonly month: MonthKey;
  readonly packs?: readonly PackPurchase[];
  /** Cloud consumption per month in minor units (M9), entered or imported. */
  readonly consumption?: Readonly<Record<MonthKey, number>>;
}): BillingSummary {
  const { subscription, priceBook, month } = input;
  const lines: BillingLine[] = subscriptionLines(subscription, priceBook, monthEnd(month)).filter((l) => monthOf(l.date) === month);
  for (const pack of input.packs ?? []) {
    if (monthOf(pack.boughtOn) !== month) continue;
    lines.push({
      date: pack.boughtOn,
      kind: 'addon-pack',
      amount: addonPackCharge(priceBook, pack),
      level: 'standard',
      description: `${pack.count} add-on pack(s) of 10 technical cases`,
    });
  }
  // M8 / M9: the previous month's incremental fee is settled on the 1st.
  const previous = previousMonth(month);
  const consumption = input.consumption?.[previous];
  const hadPlan = levelSpans(subscription, monthStart(previous), nextMonthStart(previous)).some((s) => s.level !== null);
  if (consumption !== undefined && hadPlan) {
    const fee = monthIncrementalFee({ subscription, priceBook, month: previous, consumption });
    lines.push({
      date: fee.settlesOn,
      kind: 'incremental-fee',
      amount: fee.amount,
      level: null,
      description: `Incremental support fee for ${describeMonth(previous)}`,
    });
  }
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { month, currency: priceBook.currency, lines, total: lines.reduce((sum, l) => sum + l.amount, 0) };
}
