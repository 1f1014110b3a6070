import { fail, type Result } from '../../core/errors';
import {
  alreadySubscribed,
  quoteLevelChange,
  quoteRenewal,
  quoteSubscribe,
  type PaidSubscription,
} from '../../core/money';
import { levelOn, serviceYearOf, type Subscription } from '../../core/subscription';
import { addDays, describeDate } from '../../core/time';
import type { PartnerPlan, PlanAction, PlanQuote, SubscriptionRecord } from '../ipc/contract';
import type { DeskData } from '../store/desk-data';

/** S1: a partner has one subscription at a time; the latest record is the one that counts. */
export function currentSubscription(data: Readonly<DeskData>, partnerId: string): SubscriptionRecord | null {
  return data.subscriptions.findLast((s) => s.partnerId === partnerId) ?? null;
}

export const timelineOf = (record: SubscriptionRecord): Subscription => ({ start: record.start, billing: record.billing, levels: record.levels });

const paidOf = (record: SubscriptionRecord): PaidSubscription => ({ subscription: timelineOf(record), period: record.period, segment: record.segment });

/** S5: ended once an unsubscribe is in force; one dated later only ends the plan on its date. */
const endedOn = (record: SubscriptionRecord): string | null => {
  const last = record.levels.at(-1);
  return last && last.level === null ? last.from : null;
};
const isEnded = (record: SubscriptionRecord, today: string) => {
  const end = endedOn(record);
  return end !== null && end <= today;
};

/** How many days before a period ends its renewal is offered. */
const RENEWAL_NOTICE_DAYS = 30;

export function partnerPlan(data: Readonly<DeskData>, partnerId: string, today: string): PartnerPlan {
  const subscription = currentSubscription(data, partnerId);
  const ongoing = subscription !== null && !isEnded(subscription, today);
  return {
    today,
    subscription,
    endsOn: subscription ? endedOn(subscription) : null,
    levelToday: subscription ? levelOn(timelineOf(subscription), today) : null,
    serviceYear: subscription && ongoing ? serviceYearOf(timelineOf(subscription), today) : null,
    nextRenewal: ongoing ? subscription.period.end : null,
    renewalDue: ongoing && endedOn(subscription) === null && today >= addDays(subscription.period.end, -RENEWAL_NOTICE_DAYS),
    charges: data.charges.filter((c) => c.partnerId === partnerId).toSorted((a, b) => a.date.localeCompare(b.date)),
    currency: data.priceBook.currency,
  };
}

/** The amounts an action would cost now, from core, with the warnings to show before confirming. */
export function quotePlanAction(
  data: Readonly<DeskData>,
  partnerId: string,
  partnerType: string,
  request: PlanAction,
  today: string,
): Result<PlanQuote> {
  const current = currentSubscription(data, partnerId);
  const currency = data.priceBook.currency;
  if (request.action === 'subscribe') {
    // S1: one subscription at a time; a new one can follow only once the old one has ended.
    if (current && !isEnded(current, today)) {
      return alreadySubscribed(current.levels.findLast((l) => l.level !== null)?.level ?? 'basic', current.start);
    }
    const previousEnd = current ? endedOn(current) : null;
    if (previousEnd && request.start < previousEnd) {
      return fail('INVALID_INPUT', 'S5', `A new subscription must start on or after ${describeDate(previousEnd)}, when the previous one ended.`, { field: 'start', from: previousEnd });
    }
    const q = quoteSubscribe(data.priceBook, { ...request, partnerType });
    return q.ok ? { ...q, value: { action: 'subscribe', ...q.value, billing: request.billing, currency, warnings: [...q.warnings] } } : q;
  }
  if (!current || isEnded(current, today)) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', 'The partner has no subscription in force; subscribe first.', {});
  }
  if (request.action === 'change') {
    const q = quoteLevelChange(paidOf(current), data.priceBook, request, { partnerType });
    return q.ok ? { ...q, value: { action: 'change', ...q.value, currency, warnings: [...q.warnings] } } : q;
  }
  // S1: a renewal prepays the next period; it is recorded once, in the last 30 days of the period
  // in force (or after it ended), never ahead of that.
  const opensOn = addDays(current.period.end, -RENEWAL_NOTICE_DAYS);
  if (today < opensOn) {
    return fail('INVALID_INPUT', 'S1', `The renewal of the period ending ${describeDate(current.period.end)} can be recorded from ${describeDate(opensOn)}.`, { from: opensOn, until: current.period.end });
  }
  const q = quoteRenewal(paidOf(current), data.priceBook);
  return q.ok ? { ...q, value: { action: 'renew', ...q.value, currency, warnings: [...q.warnings] } } : q;
}
