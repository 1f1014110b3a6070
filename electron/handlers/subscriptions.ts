import { beijingDateOf } from '../../core/time';
import type { ChargeRecord, PlanQuote, SubscriptionRecord } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { HandlerContext } from './context';
import { currentSubscription, partnerPlan, quotePlanAction, timelineOf } from './subscription-plans';
import { levelOn } from '../../core/subscription';

type Channels = 'subscriptions/get' | 'subscriptions/levels' | 'subscriptions/quote' | 'subscriptions/apply';

const today = (ctx: HandlerContext) => beijingDateOf(ctx.services.now().getTime());

function partnerOf(data: Readonly<DeskData>, partnerId: string) {
  const partner = data.partners.find((p) => p.id === partnerId);
  if (!partner) throw notFound('partner', partnerId);
  return partner;
}

/** What confirming a quote writes: the subscription as it now stands, and the charge, if any. */
function record(
  quote: PlanQuote,
  current: SubscriptionRecord | null,
  base: { partnerId: string; newId: () => string; now: string },
): { subscription: SubscriptionRecord; charge: ChargeRecord | null } {
  const charge = (fields: Pick<ChargeRecord, 'date' | 'kind' | 'amount' | 'level' | 'rule'> & { details?: ChargeRecord['details'] }): ChargeRecord => ({
    id: base.newId(),
    partnerId: base.partnerId,
    currency: quote.currency,
    recordedAt: base.now,
    ...fields,
  });
  if (quote.action === 'subscribe') {
    const subscription: SubscriptionRecord = {
      id: base.newId(),
      partnerId: base.partnerId,
      start: quote.period.start,
      billing: quote.billing,
      levels: [{ from: quote.period.start, level: quote.level }],
      period: quote.period,
      segment: { start: quote.period.start, paid: quote.fee },
      createdAt: base.now,
    };
    const details = { periodStart: quote.period.start, periodEnd: quote.period.end };
    return { subscription, charge: charge({ date: quote.period.start, kind: 'prepayment', amount: quote.fee, level: quote.level, rule: 'S1', details }) };
  }
  if (!current) throw new Error('A change or renewal needs a subscription; quotePlanAction refuses that first.');
  if (quote.action === 'renew') {
    const subscription = { ...current, period: quote.period, segment: { start: quote.period.start, paid: quote.fee } };
    const details = { periodStart: quote.period.start, periodEnd: quote.period.end };
    return { subscription, charge: charge({ date: quote.period.start, kind: 'renewal', amount: quote.fee, level: quote.level, rule: 'S1', details }) };
  }
  const { plan, quote: q } = quote;
  const subscription: SubscriptionRecord = {
    ...current,
    levels: [...current.levels, { from: plan.on, level: plan.to }],
    segment: q.nextSegment ?? current.segment,
  };
  const details = { periodStart: current.period.start, periodEnd: current.period.end, segmentStart: current.segment.start, segmentPaid: current.segment.paid, periodDays: q.periodDays, remainingDays: q.remainingDays, segmentDays: q.segmentDays, oldSurplus: q.oldSurplus, newRemaining: q.newRemaining };
  if (plan.to === null) {
    return { subscription, charge: charge({ date: plan.on, kind: 'unsubscribe-refund', amount: -q.refund, level: null, rule: 'M6', details }) };
  }
  if (q.net === 0) return { subscription, charge: null };
  return { subscription, charge: charge({ date: plan.on, kind: q.net > 0 ? 'change-charge' : 'change-refund', amount: q.net, level: plan.to, rule: 'M5', details }) };
}

export const subscriptionHandlers: HandlerMap<Channels, HandlerContext> = {
  'subscriptions/get': ({ partnerId }, ctx) => {
    const data = ctx.store.read();
    partnerOf(data, partnerId);
    return partnerPlan(data, partnerId, today(ctx));
  },

  'subscriptions/levels': (_request, ctx) => {
    const data = ctx.store.read();
    const on = today(ctx);
    return data.partners
      .filter((p) => !p.archived)
      .map((p) => {
        const current = currentSubscription(data, p.id);
        return { partnerId: p.id, level: current ? levelOn(timelineOf(current), on) : null };
      });
  },

  'subscriptions/quote': ({ partnerId, request }, ctx) => {
    const data = ctx.store.read();
    const partner = partnerOf(data, partnerId);
    const quote = quotePlanAction(data, partnerId, partner.type, request, today(ctx));
    if (!quote.ok) throw refuse(quote.error);
    return quote.value;
  },

  'subscriptions/apply': ({ partnerId, request }, ctx) =>
    ctx.store.mutate((data) => {
      const partner = partnerOf(data, partnerId);
      // The amounts are computed again here, from what is stored now, never taken from the page.
      const quote = quotePlanAction(data, partnerId, partner.type, request, today(ctx));
      if (!quote.ok) throw refuse(quote.error);
      const current = currentSubscription(data, partnerId);
      const now = ctx.services.now().toISOString();
      const { subscription, charge } = record(quote.value, current, { partnerId, newId: ctx.services.newId, now });
      const subscriptions = quote.value.action === 'subscribe' ? [...data.subscriptions, subscription] : data.subscriptions.map((s) => (s.id === subscription.id ? subscription : s));
      const next: DeskData = { ...data, subscriptions, charges: charge ? [...data.charges, charge] : data.charges };
      return { next, result: partnerPlan(next, partnerId, today(ctx)) };
    }),
};
