// S1 / S4 / M3-M7: what subscribing, changing level, unsubscribing or renewing costs for a
// subscription as it is recorded (its paid period and current segment), with the warnings.
import { type Level, levelLabel } from '../catalog';
import { fail, forward, ok, type Result } from '../errors';
import {
  type BillingMode,
  checkLevelChange,
  checkSubscribe,
  type LevelChangePlan,
  levelOn,
  type Period,
  periodEndFor,
  type Subscription,
} from '../subscription';
import { describeDate, type IsoDate } from '../time';
import { periodFee, type PriceBook } from './price-book';
import { type ProrationQuote, prorationQuote } from './proration';

/** A recorded subscription: its timeline, the paid period in force and the current segment (M4). */
export type PaidSubscription = {
  readonly subscription: Subscription;
  readonly period: Period;
  readonly segment: { readonly start: IsoDate; readonly paid: number };
};

export type SubscribeQuote = { readonly subscription: Subscription; readonly period: Period; readonly fee: number; readonly level: Level };

/** S1: a new subscription prepays its first period at the price book's fee (M2). */
export function quoteSubscribe(
  priceBook: PriceBook,
  request: { readonly start: IsoDate; readonly billing: BillingMode; readonly level: Level; readonly partnerType?: string },
): Result<SubscribeQuote> {
  const checked = checkSubscribe(request);
  if (!checked.ok) return forward(checked);
  const period = { start: request.start, end: periodEndFor(request.start, request.billing) };
  const fee = periodFee(priceBook, request.level, request.billing);
  return ok({ subscription: checked.value, period, fee, level: request.level }, checked.warnings);
}

export type ChangeQuote = { readonly plan: LevelChangePlan; readonly quote: ProrationQuote };

/**
 * S4 + M4-M6 on a recorded subscription: the change must fall inside the paid period, on or
 * after the current segment's start (a change cannot be slipped in before an earlier one).
 */
export function quoteLevelChange(
  paid: PaidSubscription,
  priceBook: PriceBook,
  request: { readonly on: IsoDate; readonly level: Level | null },
  options: { readonly partnerType?: string; readonly pendingIncrementalAmount?: number | null } = {},
): Result<ChangeQuote> {
  const checked = checkLevelChange(paid.subscription, request, options.partnerType === undefined ? {} : { partnerType: options.partnerType });
  if (!checked.ok) return forward(checked);
  const { period, segment } = paid;
  if (request.on < segment.start || request.on >= period.end) {
    return fail(
      'INVALID_INPUT',
      'M4',
      `A change must be dated from ${describeDate(segment.start)} up to the day before the paid period ends on ${describeDate(period.end)}.`,
      { field: 'on', from: segment.start, until: period.end },
    );
  }
  const quote = prorationQuote({
    kind: checked.value.kind,
    periodStart: period.start,
    periodEnd: period.end,
    segmentStart: segment.start,
    segmentPaid: segment.paid,
    ...(request.level === null ? {} : { newPeriodFee: periodFee(priceBook, request.level, paid.subscription.billing) }),
    on: request.on,
    ...(options.pendingIncrementalAmount === undefined ? {} : { pendingIncrementalAmount: options.pendingIncrementalAmount }),
  });
  if (!quote.ok) return forward(quote);
  return ok({ plan: checked.value, quote: quote.value }, checked.warnings);
}

export type RenewalQuote = { readonly period: Period; readonly level: Level; readonly fee: number };

/** S1: the next period starts at the current periodEnd, prepaid at today's price of the level then in force. */
export function quoteRenewal(paid: PaidSubscription, priceBook: PriceBook): Result<RenewalQuote> {
  const start = paid.period.end;
  const level = levelOn(paid.subscription, start);
  if (level === null) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', `The partner unsubscribed, so there is nothing to renew from ${describeDate(start)}.`, { on: start });
  }
  const period = { start, end: periodEndFor(start, paid.subscription.billing) };
  return ok({ period, level, fee: periodFee(priceBook, level, paid.subscription.billing) });
}

/** The sentence for a subscription already in force (S1: one subscription per partner at a time). */
export function alreadySubscribed(level: Level, since: IsoDate): Result<never> {
  return fail('ALREADY_SUBSCRIBED', 'S1', `The partner is already on ${levelLabel(level)} since ${describeDate(since)}; change the level instead.`, {
    level,
    since,
  });
}
