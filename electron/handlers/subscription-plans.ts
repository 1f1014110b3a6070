import { checkHasSubscription, planStatus, type Subscription } from '@core/subscription';

import type { PartnerPlan } from '../ipc/contract';
import { notFound, type Refusal, refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { StoredSubscription } from '../store/records/plans';
import { toWireCharge, toWireSubscription } from './wire-records';

/** S1: a partner has one subscription at a time; the latest record is the one that counts. */
export function currentSubscription(data: Readonly<DeskData>, partnerId: string): StoredSubscription | null {
  return data.subscriptions.findLast((s) => s.partnerId === partnerId) ?? null;
}

export const timelineOf = (record: StoredSubscription): Subscription => ({ start: record.start, billing: record.billing, levels: record.levels });

/** The timeline of the partner's current subscription, null when it never subscribed. */
export function partnerTimeline(data: Readonly<DeskData>, partnerId: string): Subscription | null {
  const current = currentSubscription(data, partnerId);
  return current ? timelineOf(current) : null;
}

export type PartnerSubscription = { readonly ok: true; readonly value: Subscription } | { readonly ok: false; readonly refusal: Refusal };

/**
 * The partner's plan, or why there is none: an unknown partner, or one that never subscribed
 * (S5, from core). Answered, not thrown: the entry forms' checks show the refusal.
 */
export function partnerSubscription(data: Readonly<DeskData>, partnerId: string): PartnerSubscription {
  if (!data.partners.some((p) => p.id === partnerId)) return { ok: false, refusal: notFound('partner', partnerId) };
  const checked = checkHasSubscription(partnerTimeline(data, partnerId));
  return checked.ok ? { ok: true, value: checked.value } : { ok: false, refusal: refuse(checked.error) };
}

/** partnerSubscription for a handler that refuses the request when there is no plan. */
export function subscriptionOf(data: Readonly<DeskData>, partnerId: string): Subscription {
  const found = partnerSubscription(data, partnerId);
  if (!found.ok) throw found.refusal;
  return found.value;
}

/** The partner's plan as the plans view shows it on `today`: where it stands (core) and its charges. */
export function partnerPlan(data: Readonly<DeskData>, partnerId: string, today: string): PartnerPlan {
  const subscription = currentSubscription(data, partnerId);
  return {
    today,
    subscription: subscription && toWireSubscription(subscription),
    ...planStatus(subscription, today),
    charges: data.charges
      .filter((c) => c.partnerId === partnerId)
      .toSorted((a, b) => a.date.localeCompare(b.date))
      .map(toWireCharge),
    currency: data.priceBook.currency,
  };
}
