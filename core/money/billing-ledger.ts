// M4-M8: every amount a subscription produces, dated, so a month's summary is a filter.
import { type Level, levelLabel } from '../catalog';
import { changeKindOf, levelChanges, levelOn, periodsUntil, type Subscription } from '../subscription';
import { type IsoDate } from '../time';
import { periodFee, type PriceBook } from './price-book';
import { prorationQuote } from './proration';

export type BillingLineKind = 'prepayment' | 'renewal' | 'change-charge' | 'change-refund' | 'unsubscribe-refund' | 'addon-pack' | 'incremental-fee';

export type BillingLine = {
  readonly date: IsoDate;
  readonly kind: BillingLineKind;
  /** Positive = charged to the partner, negative = returned. */
  readonly amount: number;
  readonly level: Level | null;
  readonly description: string;
};

type Segment = { start: IsoDate; paid: number };

/** S1 / M4 / M5 / M6: period prepayments, renewals and change settlements up to `until`. */
export function subscriptionLines(subscription: Subscription, priceBook: PriceBook, until: IsoDate): BillingLine[] {
  const lines: BillingLine[] = [];
  const changes = levelChanges(subscription);
  for (const [index, period] of periodsUntil(subscription, until).entries()) {
    // S3: a change dated on a renewal is simply the level prepaid for the new period.
    const level = levelOn(subscription, period.start);
    if (level === null) break; // S5: nothing is prepaid after an unsubscribe.
    const fee = periodFee(priceBook, level, subscription.billing);
    lines.push({
      date: period.start,
      kind: index === 0 ? 'prepayment' : 'renewal',
      amount: fee,
      level,
      description: `${levelLabel(level)} ${subscription.billing} prepayment for ${period.start} to ${period.end} (exclusive)`,
    });
    let segment: Segment = { start: period.start, paid: fee };
    for (const change of changes.filter((c) => c.from > period.start && c.from < period.end && c.from <= until)) {
      const kind = changeKindOf(levelOn(subscription, segment.start) ?? 'basic', change.level);
      const quote = prorationQuote({
        kind,
        periodStart: period.start,
        periodEnd: period.end,
        segmentStart: segment.start,
        segmentPaid: segment.paid,
        ...(change.level === null ? {} : { newPeriodFee: periodFee(priceBook, change.level, subscription.billing) }),
        on: change.from,
      });
      if (!quote.ok) continue;
      const q = quote.value;
      if (change.level === null) {
        lines.push({
          date: change.from,
          kind: 'unsubscribe-refund',
          amount: -q.refund,
          level: null,
          description: `Refund of ${q.remainingDays} unused days after unsubscribing`,
        });
        return lines;
      }
      if (q.net !== 0) {
        lines.push({
          date: change.from,
          kind: q.net > 0 ? 'change-charge' : 'change-refund',
          amount: q.net,
          level: change.level,
          description: `Change to ${levelLabel(change.level)} for the remaining ${q.remainingDays} of ${q.periodDays} days`,
        });
      }
      segment = { start: change.from, paid: q.newRemaining };
    }
  }
  return lines;
}
