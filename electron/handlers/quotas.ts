import { addonPackCharge } from '@core/money';
import { checkBuyPack, monthUsage, partnerQuotasCounted } from '@core/quota';
import { levelOn } from '@core/subscription';
import { beijingDateOf, monthEnd, type MonthKey, monthOf } from '@core/time';

import type { ChannelsOf, QuotaMonth, QuotaPortfolio } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { asCoreBookings } from './booking-records';
import { usedThisMonth } from './case-entry';
import type { HandlerContext } from './context';
import { byPartner, partnerRecords } from './partner-records';
import { monthFacts, usedInMonth } from './reports-month-facts';
import { currentSubscription, subscriptionOf, timelineOf } from './subscription-plans';

async function quotaMonth(ctx: HandlerContext, data: Readonly<DeskData>, partnerId: string, month: MonthKey): Promise<QuotaMonth> {
  const subscription = subscriptionOf(data, partnerId);
  const usage = monthUsage({
    subscription,
    used: await usedThisMonth(ctx.store.collection('cases'), subscription, partnerId, month),
    packs: data.packs.filter((p) => p.partnerId === partnerId),
    month,
  });
  return { ...usage, partnerId, level: levelOn(subscription, monthEnd(month)), currency: data.priceBook.currency, packPrice: data.priceBook.addonPackPrice };
}

export const quotaHandlers: HandlerMap<ChannelsOf<'quotas'>, HandlerContext> = {
  'quotas/portfolio': async (request, { store, services }): Promise<QuotaPortfolio> => {
    const data = store.read();
    const today = beijingDateOf(services.now().toISOString());
    const month = request.month ?? monthOf(today);
    // Q1: each day's count of every partner's technical cases, as the store keeps it (no day file read).
    const days = await monthFacts(store, month);
    const bookings = byPartner(store.collection('bookings').inMemory());
    const { packs } = partnerRecords(data);
    const rows = data.partners
      .filter((p) => !p.archived)
      .map((partner) => {
        const record = currentSubscription(data, partner.id);
        const subscription = record ? timelineOf(record) : null;
        const quotas = partnerQuotasCounted({
          subscription,
          used: subscription ? usedInMonth(days, subscription, partner.id) : 0,
          packs: packs.get(partner.id) ?? [],
          ...asCoreBookings(bookings.get(partner.id) ?? []),
          month,
          today,
        });
        return { ...quotas, partnerId: partner.id, partnerName: partner.name };
      });
    return { month, today, packPrice: data.priceBook.addonPackPrice, currency: data.priceBook.currency, rows };
  },

  'quotas/month': ({ partnerId, month }, ctx) => quotaMonth(ctx, ctx.store.read(), partnerId, month),

  'quotas/buy-pack': async ({ partnerId, boughtOn, count }, ctx) => {
    const next = await ctx.store.mutate((data) => {
      const bought = checkBuyPack({ subscription: subscriptionOf(data, partnerId), request: { boughtOn, count } });
      if (!bought.ok) throw refuse(bought.error);
      const chargeId = ctx.services.newId();
      const now = ctx.services.now().toISOString();
      // M7: each pack is charged its price on the purchase date.
      const charge = {
        id: chargeId,
        partnerId,
        date: boughtOn,
        kind: 'addon-pack' as const,
        amount: addonPackCharge(data.priceBook, { boughtOn, count }),
        currency: data.priceBook.currency,
        level: 'standard' as const,
        rule: 'M7',
        details: { count },
        recordedAt: now,
      };
      const pack = { id: ctx.services.newId(), partnerId, boughtOn, count, validUntil: bought.value.validUntil, chargeId };
      const updated = { ...data, packs: [...data.packs, pack], charges: [...data.charges, charge] };
      return { next: updated, result: updated };
    });
    return quotaMonth(ctx, next, partnerId, monthOf(boughtOn));
  },
};
