import { addonPackCharge } from '../../core/money';
import { checkBuyPack, monthUsage } from '../../core/quota';
import { levelOn } from '../../core/subscription';
import { monthEnd, monthOf, type MonthKey } from '../../core/time';
import type { CaseRecordStored, QuotaMonth } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { buildCase, caseMonthOf, usedThisMonth } from './case-entry';
import { partnerTimeline, subscriptionOf } from './subscription-plans';
import type { HandlerContext } from './context';

type Channels = 'cases/open' | 'cases/list' | 'quotas/buy-pack' | 'quotas/month';

async function quotaMonth(ctx: HandlerContext, data: Readonly<DeskData>, partnerId: string, month: MonthKey): Promise<QuotaMonth> {
  const subscription = subscriptionOf(data, partnerId);
  const usage = monthUsage({ subscription, used: await usedThisMonth(ctx.store.collection('cases'), subscription, partnerId, month), packs: data.packs.filter((p) => p.partnerId === partnerId), month });
  return { ...usage, partnerId, level: levelOn(subscription, monthEnd(month)), currency: data.priceBook.currency, packPrice: data.priceBook.addonPackPrice };
}

export const caseHandlers: HandlerMap<Channels, HandlerContext> = {
  // Checked and built inside the write queue, so two requests cannot both take the last place (Q3).
  'cases/open': (request, ctx) =>
    ctx.store.put('cases', async (data) => {
      const subscription = partnerTimeline(data, request.partnerId);
      return buildCase({
        data,
        // Without a plan nothing counts, and buildCase refuses the case anyway (S5).
        usedThisMonth: subscription ? await usedThisMonth(ctx.store.collection('cases'), subscription, request.partnerId, caseMonthOf(request.openedAt)) : 0,
        request,
        id: ctx.services.newId(),
        now: ctx.services.now().toISOString(),
      });
    }),

  'cases/list': async ({ partnerId, month, newest }, { store }) => {
    const ofPartner = partnerId ? (c: CaseRecordStored) => c.partnerId === partnerId : undefined;
    if (month) {
      const cases = await store.collection('cases').inPartitions(month);
      return ofPartner ? cases.filter(ofPartner) : cases;
    }
    if (newest !== undefined) {
      // The partner page's list: the latest days only, read back until enough are found.
      const found = await store.collection('cases').newest(newest, ofPartner ?? (() => true));
      return found.sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt)).slice(0, newest);
    }
    // All time reads every day file; each is filtered as it is read.
    return store.collection('cases').all(ofPartner);
  },

  'quotas/month': ({ partnerId, month }, ctx) => quotaMonth(ctx, ctx.store.read(), partnerId, month),

  'quotas/buy-pack': async ({ partnerId, boughtOn, count }, ctx) => {
    const next = await ctx.store.mutate((data) => {
      const bought = checkBuyPack({ subscription: subscriptionOf(data, partnerId), request: { boughtOn, count } });
      if (!bought.ok) throw refuse(bought.error);
      const chargeId = ctx.services.newId();
      const now = ctx.services.now().toISOString();
      // M7: each pack is charged its price on the purchase date.
      const charge = { id: chargeId, partnerId, date: boughtOn, kind: 'addon-pack' as const, amount: addonPackCharge(data.priceBook, { boughtOn, count }), currency: data.priceBook.currency, level: 'standard' as const, rule: 'M7', details: { count }, recordedAt: now };
      const pack = { id: ctx.services.newId(), partnerId, boughtOn, count, validUntil: bought.value.validUntil, chargeId };
      const updated = { ...data, packs: [...data.packs, pack], charges: [...data.charges, charge] };
      return { next: updated, result: updated };
    });
    return quotaMonth(ctx, next, partnerId, monthOf(boughtOn));
  },
};
