// M3-M6: what a level change or an unsubscribe costs or returns mid-period.
import { fail, ok, type Result } from '../errors';
import type { ChangeKind } from '../subscription';
import { daysBetween, describeDate, type IsoDate, type MonthKey, monthOf, nextMonthStart } from '../time';
import { prorate } from './rounding';

/** M3-M6: a quote is for one of the moves S4 decides (changeKindOf). */
export type ProrationKind = ChangeKind;

export type ProrationInput = {
  readonly kind: ProrationKind;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  /** M4: the current segment [segmentStart, periodEnd) and what was paid for it. */
  readonly segmentStart: IsoDate;
  readonly segmentPaid: number;
  /** The new level's fee for a whole period of the same billing mode (not for unsubscribe). */
  readonly newPeriodFee?: number;
  readonly on: IsoDate;
  /** M6: the incremental fee of the change's month, when known, to show as pending. */
  readonly pendingIncrementalAmount?: number | null;
};

export type ProrationQuote = {
  readonly kind: ProrationKind;
  readonly periodDays: number;
  readonly remainingDays: number;
  readonly segmentDays: number;
  readonly oldSurplus: number;
  readonly newRemaining: number;
  /** M5: newRemaining − oldSurplus; > 0 charged, < 0 refunded. */
  readonly net: number;
  readonly charge: number;
  readonly refund: number;
  /** M4: after the change the segment starts on the change date (null after unsubscribe). */
  readonly nextSegment: { readonly start: IsoDate; readonly paid: number } | null;
  /** M6: the month's incremental fee is still settled on the 1st of the next month. */
  readonly pendingIncremental: { readonly month: MonthKey; readonly settlesOn: IsoDate; readonly amount: number | null } | null;
};

function invalid(message: string, input: ProrationInput): Result<ProrationQuote> {
  return fail('INVALID_INPUT', 'M4', message, { periodStart: input.periodStart, periodEnd: input.periodEnd, segmentStart: input.segmentStart, on: input.on });
}

export function prorationQuote(input: ProrationInput): Result<ProrationQuote> {
  const { periodStart, periodEnd, segmentStart, on } = input;
  if (!(periodStart < periodEnd)) return invalid('The period must end after it starts.', input);
  if (segmentStart < periodStart || segmentStart >= periodEnd) return invalid('The paid segment must start inside the period.', input);
  if (on < segmentStart || on >= periodEnd) {
    return invalid(`The change date must fall between ${describeDate(segmentStart)} and the period end ${describeDate(periodEnd)} (exclusive).`, input);
  }
  const newFee = input.newPeriodFee;
  if (input.kind !== 'unsubscribe' && newFee === undefined) return invalid("An upgrade or downgrade needs the new level's period fee.", input);

  // M3: day counts of half-open ranges.
  const periodDays = daysBetween(periodStart, periodEnd);
  const remainingDays = daysBetween(on, periodEnd);
  const segmentDays = daysBetween(segmentStart, periodEnd);
  // M4, each rounded once (M1) so that the shown difference adds up.
  const oldSurplus = prorate(input.segmentPaid, remainingDays, segmentDays);
  const newRemaining = input.kind === 'unsubscribe' || newFee === undefined ? 0 : prorate(newFee, remainingDays, periodDays);
  const net = newRemaining - oldSurplus;
  return ok({
    kind: input.kind,
    periodDays,
    remainingDays,
    segmentDays,
    oldSurplus,
    newRemaining,
    net,
    // M5 / M6: a positive net is charged; a negative one (or the unsubscribe surplus) refunded.
    charge: Math.max(0, net),
    refund: Math.max(0, -net),
    nextSegment: input.kind === 'unsubscribe' ? null : { start: on, paid: newRemaining },
    pendingIncremental:
      input.kind === 'unsubscribe' ? { month: monthOf(on), settlesOn: nextMonthStart(on), amount: input.pendingIncrementalAmount ?? null } : null,
  });
}
