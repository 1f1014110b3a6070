// S1 / S4 / S5 / M4-M6: a manager's action on a partner's plan (subscribe, change level or
// unsubscribe, renew), quoted on `today` against the subscription as recorded, and what
// confirming it records: the subscription as it then stands and the charge, if any.
import type { Level } from '../catalog';
import { type DomainWarning, fail, ok, type Result } from '../errors';
import {
  type BillingMode,
  endedOn,
  hasEnded,
  type LevelChange,
  type PaidSegment,
  type Period,
  type RecordedSubscription,
  renewalOpensOn,
} from '../subscription';
import { describeDate, type IsoDate } from '../time';
import {
  alreadySubscribed,
  type ChangeQuote,
  type PaidSubscription,
  quoteLevelChange,
  quoteRenewal,
  quoteSubscribe,
  type RenewalQuote,
  type SubscribeQuote,
} from './plan-change';
import type { PriceBook } from './price-book';

export type PlanRequest =
  | { readonly action: 'subscribe'; readonly start: IsoDate; readonly billing: BillingMode; readonly level: Level }
  | { readonly action: 'change'; readonly on: IsoDate; readonly level: Level | null }
  | { readonly action: 'renew' };

/** What the manager confirms: the amounts in the price book's currency, with the warnings (S4, P4). */
type Priced = { readonly currency: string; readonly warnings: DomainWarning[] };
export type PlanActionQuote =
  | (SubscribeQuote & { readonly action: 'subscribe'; readonly billing: BillingMode } & Priced)
  | (ChangeQuote & { readonly action: 'change' } & Priced)
  | (RenewalQuote & { readonly action: 'renew' } & Priced);

export type PlanActionInput<S extends RecordedSubscription> = {
  /** The partner's latest subscription (S1: one at a time), null when it never subscribed. */
  readonly current: S | null;
  readonly priceBook: PriceBook;
  readonly partnerType: string;
  readonly request: PlanRequest;
  /** The Beijing date the action is taken on (T1). */
  readonly today: IsoDate;
};

/** A new subscription as recorded (S1); the caller gives it its id. */
export type NewSubscription = {
  readonly start: IsoDate;
  readonly billing: BillingMode;
  readonly levels: LevelChange[];
  readonly period: Period;
  readonly segment: PaidSegment;
};

/** A charge or refund as recorded when it happens; the caller adds its id, currency and time. */
export type PlanCharge = {
  readonly date: IsoDate;
  readonly kind: 'prepayment' | 'renewal' | 'change-charge' | 'change-refund' | 'unsubscribe-refund';
  /** Minor units (M1); negative = returned to the partner. */
  readonly amount: number;
  readonly level: Level | null;
  readonly rule: 'S1' | 'M5' | 'M6';
  /** The numbers behind the amount, kept to explain it later. */
  readonly details: Readonly<Record<string, string | number>>;
};

export type PlanActionOutcome<S extends RecordedSubscription> = {
  readonly quote: PlanActionQuote;
  /** S1: subscribing adds a subscription; a change or a renewal updates the current one. */
  readonly subscription: { readonly added: NewSubscription } | { readonly updated: S };
  readonly charge: PlanCharge | null;
};

const paidOf = (recorded: RecordedSubscription): PaidSubscription => ({
  subscription: { start: recorded.start, billing: recorded.billing, levels: recorded.levels },
  period: recorded.period,
  segment: recorded.segment,
});

const periodDetails = (period: Period) => ({ periodStart: period.start, periodEnd: period.end });

/** The amounts an action would cost on `today`, with the warnings to show before confirming. */
export function quotePlanAction<S extends RecordedSubscription>(input: PlanActionInput<S>): Result<PlanActionQuote> {
  const applied = applyPlanAction(input);
  return applied.ok ? ok(applied.value.quote, applied.warnings) : applied;
}

/** The action quoted as quotePlanAction does, with what confirming it records. */
export function applyPlanAction<S extends RecordedSubscription>(input: PlanActionInput<S>): Result<PlanActionOutcome<S>> {
  const { current, priceBook, request, today } = input;
  const currency = priceBook.currency;
  if (request.action === 'subscribe') {
    // S1: one subscription at a time; a new one can follow only once the old one has ended.
    if (current && !hasEnded(current, today)) {
      return alreadySubscribed(current.levels.findLast((l) => l.level !== null)?.level ?? 'basic', current.start);
    }
    const previousEnd = current ? endedOn(current) : null;
    if (previousEnd && request.start < previousEnd) {
      return fail('INVALID_INPUT', 'S5', `A new subscription must start on or after ${describeDate(previousEnd)}, when the previous one ended.`, {
        field: 'start',
        from: previousEnd,
      });
    }
    const q = quoteSubscribe(priceBook, { ...request, partnerType: input.partnerType });
    if (!q.ok) return q;
    const quote = { action: 'subscribe' as const, ...q.value, billing: request.billing, currency, warnings: [...q.warnings] };
    const { period, fee, level } = quote;
    const added: NewSubscription = {
      start: period.start,
      billing: quote.billing,
      levels: [{ from: period.start, level }],
      period,
      segment: { start: period.start, paid: fee },
    };
    const charge: PlanCharge = { date: period.start, kind: 'prepayment', amount: fee, level, rule: 'S1', details: periodDetails(period) };
    return ok({ quote, subscription: { added }, charge }, q.warnings);
  }
  if (!current || hasEnded(current, today)) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', 'The partner has no subscription in force; subscribe first.', {});
  }
  if (request.action === 'change') {
    const q = quoteLevelChange(paidOf(current), priceBook, request, { partnerType: input.partnerType });
    if (!q.ok) return q;
    const quote = { action: 'change' as const, ...q.value, currency, warnings: [...q.warnings] };
    const { plan, quote: amounts } = q.value;
    const updated = { ...current, levels: [...current.levels, { from: plan.on, level: plan.to }], segment: amounts.nextSegment ?? current.segment };
    return ok({ quote, subscription: { updated }, charge: changeCharge(current, q.value) }, q.warnings);
  }
  // S1: a renewal prepays the next period; it is recorded once, in the last 30 days of the period
  // in force (or after it ended), never ahead of that.
  const opensOn = renewalOpensOn(current.period);
  if (today < opensOn) {
    return fail('INVALID_INPUT', 'S1', `The renewal of the period ending ${describeDate(current.period.end)} can be recorded from ${describeDate(opensOn)}.`, {
      from: opensOn,
      until: current.period.end,
    });
  }
  const q = quoteRenewal(paidOf(current), priceBook);
  if (!q.ok) return q;
  const quote = { action: 'renew' as const, ...q.value, currency, warnings: [...q.warnings] };
  const { period, fee, level } = quote;
  const updated = { ...current, period, segment: { start: period.start, paid: fee } };
  const charge: PlanCharge = { date: period.start, kind: 'renewal', amount: fee, level, rule: 'S1', details: periodDetails(period) };
  return ok({ quote, subscription: { updated }, charge }, q.warnings);
}

/** M5: an up- or downgrade charges or returns the net (nothing when it is zero); M6: an unsubscribe returns the old surplus. */
function changeCharge(current: RecordedSubscription, { plan, quote: q }: ChangeQuote): PlanCharge | null {
  const details = {
    ...periodDetails(current.period),
    segmentStart: current.segment.start,
    segmentPaid: current.segment.paid,
    periodDays: q.periodDays,
    remainingDays: q.remainingDays,
    segmentDays: q.segmentDays,
    oldSurplus: q.oldSurplus,
    newRemaining: q.newRemaining,
  };
  if (plan.to === null) return { date: plan.on, kind: 'unsubscribe-refund', amount: -q.refund, level: null, rule: 'M6', details };
  if (q.net === 0) return null;
  return { date: plan.on, kind: q.net > 0 ? 'change-charge' : 'change-refund', amount: q.net, level: plan.to, rule: 'M5', details };
}
