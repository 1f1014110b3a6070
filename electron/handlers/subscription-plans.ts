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

const isEnded = (record: SubscriptionRecord) => record.levels.at(-1)?.level === null;

/** How many days before a period ends its renewal is offered. */
const RENEWAL_NOTICE_DAYS = 30;

export function partnerPlan(data: Readonly<DeskData>, partnerId: string, today: string): PartnerPlan {
  const subscription = currentSubscription(data, partnerId);
  const ongoing = subscription !== null && !isEnded(subscription);
  return {
    today,
    subscription,
    levelToday: subscription ? levelOn(timelineOf(subscription), today) : null,
    serviceYear: subscription && ongoing ? serviceYearOf(timelineOf(subscription), today) : null,
    nextRenewal: ongoing ? subscription.period.end : null,
    renewalDue: ongoing && today >= addDays(subscription.period.end, -RENEWAL_NOTICE_DAYS),
    charges: data.charges.filter((c) => c.partnerId === partnerId).toSorted((a, b) => a.date.localeCompare(b.date)),
    currency: data.priceBook.currency,
  };
}

/** The amounts an action would cost now, from core, with the warnings to show before confirming. */
export function quotePlanAction(data: Readonly<DeskData>, partnerId: string, partnerType: string, request: PlanAction): Result<PlanQuote> {
  const current = currentSubscription(data, partnerId);
  const currency = data.priceBook.currency;
  if (request.action === 'subscribe') {
    if (current && !isEnded(current)) {
      const level = current.levels.at(-1)?.level ?? 'basic';
      return alreadySubscribed(level, current.start);
    }
    const endedOn = current?.levels.at(-1)?.from;
    if (endedOn && request.start < endedOn) {
      return fail('INVALID_INPUT', 'S5', `A new subscription must start on or after ${describeDate(endedOn)}, when the previous one ended.`, { field: 'start', from: endedOn });
    }
    const q = quoteSubscribe(data.priceBook, { ...request, partnerType });
    return q.ok ? { ...q, value: { action: 'subscribe', ...q.value, billing: request.billing, currency, warnings: [...q.warnings] } } : q;
  }
  if (!current || isEnded(current)) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', 'The partner has no subscription in force; subscribe first.', {});
  }
  if (request.action === 'change') {
    const q = quoteLevelChange(paidOf(current), data.priceBook, request, { partnerType });
    return q.ok ? { ...q, value: { action: 'change', ...q.value, currency, warnings: [...q.warnings] } } : q;
  }
  const q = quoteRenewal(paidOf(current), data.priceBook);
  return q.ok ? { ...q, value: { action: 'renew', ...q.value, currency, warnings: [...q.warnings] } } : q;
}
