import { applyPlanAction, type PlanActionInput, quotePlanAction } from '@core/money';
import { levelOn } from '@core/subscription';
import { beijingDateOf } from '@core/time';

import type { ChannelsOf, PlanAction } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { StoredSubscription } from '../store/records/plans';
import type { HandlerContext } from './context';
import { currentSubscription, partnerPlan, timelineOf } from './subscription-plans';

const today = (ctx: HandlerContext) => beijingDateOf(ctx.services.now().getTime());

function partnerOf(data: Readonly<DeskData>, partnerId: string) {
  const partner = data.partners.find((p) => p.id === partnerId);
  if (!partner) throw notFound('partner', partnerId);
  return partner;
}

/** What core needs to quote or apply an action: the partner's latest subscription, the prices, today. */
function planInput(data: Readonly<DeskData>, partnerId: string, request: PlanAction, ctx: HandlerContext): PlanActionInput<StoredSubscription> {
  const partner = partnerOf(data, partnerId);
  return { current: currentSubscription(data, partnerId), priceBook: data.priceBook, partnerType: partner.type, request, today: today(ctx) };
}

export const subscriptionHandlers: HandlerMap<ChannelsOf<'subscriptions'>, HandlerContext> = {
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
    const quote = quotePlanAction(planInput(ctx.store.read(), partnerId, request, ctx));
    if (!quote.ok) throw refuse(quote.error);
    return quote.value;
  },

  'subscriptions/apply': ({ partnerId, request }, ctx) =>
    ctx.store.mutate((data) => {
      // The amounts are computed again here, from what is stored now, never taken from the page.
      const applied = applyPlanAction(planInput(data, partnerId, request, ctx));
      if (!applied.ok) throw refuse(applied.error);
      const { quote, subscription: recorded, charge } = applied.value;
      const now = ctx.services.now().toISOString();
      const subscription: StoredSubscription =
        'added' in recorded ? { id: ctx.services.newId(), partnerId, ...recorded.added, createdAt: now } : recorded.updated;
      const subscriptions =
        'added' in recorded ? [...data.subscriptions, subscription] : data.subscriptions.map((s) => (s.id === subscription.id ? subscription : s));
      const charges = charge ? [...data.charges, { id: ctx.services.newId(), partnerId, currency: quote.currency, recordedAt: now, ...charge }] : data.charges;
      const next: DeskData = { ...data, subscriptions, charges };
      return { next, result: partnerPlan(next, partnerId, today(ctx)) };
    }),
};
