import { cnMainlandCalendar } from '../../core/calendar';
import { caseCategory } from '../../core/catalog';
import { checkBuyPack, checkOpenCase, monthUsage } from '../../core/quota';
import { dueAt } from '../../core/sla';
import { levelOn, type Subscription } from '../../core/subscription';
import { beijingDateOf, monthEnd, monthOf, type MonthKey } from '../../core/time';
import type { CaseRecordStored, QuotaMonth } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal, refuse } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { HandlerContext } from './context';
import { currentSubscription, timelineOf } from './subscription-plans';

type Channels = 'cases/open' | 'cases/list' | 'quotas/buy-pack' | 'quotas/month';

function subscriptionOf(data: Readonly<DeskData>, partnerId: string): Subscription {
  if (!data.partners.some((p) => p.id === partnerId)) throw notFound('partner', partnerId);
  const current = currentSubscription(data, partnerId);
  if (!current) throw new Refusal({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'S5', message: 'The partner has no support plan; subscribe first.', data: {} });
  return timelineOf(current);
}

/** Q1: a month's cases of one partner live in that month's partition, so this reads one file's worth. */
function casesInMonth(ctx: HandlerContext, partnerId: string, month: MonthKey): readonly CaseRecordStored[] {
  return ctx.store.collection('cases').inPartition(month).filter((c) => c.partnerId === partnerId);
}

const asQuotaCases = (cases: readonly CaseRecordStored[]) => cases.map((c) => ({ openedAt: c.openedAt, kind: c.kind, voided: c.state === 'voided' }));

function quotaMonth(ctx: HandlerContext, data: Readonly<DeskData>, partnerId: string, month: MonthKey): QuotaMonth {
  const subscription = subscriptionOf(data, partnerId);
  const usage = monthUsage({ subscription, cases: asQuotaCases(casesInMonth(ctx, partnerId, month)), packs: data.packs.filter((p) => p.partnerId === partnerId), month });
  return { ...usage, partnerId, level: levelOn(subscription, monthEnd(month)), currency: data.priceBook.currency, packPrice: data.priceBook.addonPackPrice };
}

export const caseHandlers: HandlerMap<Channels, HandlerContext> = {
  'cases/open': (request, ctx) =>
    ctx.store.put('cases', (data) => {
      const subscription = subscriptionOf(data, request.partnerId);
      // P3: the category says which kind of support the case asks for.
      if (caseCategory(request.category)?.kind !== request.kind) {
        throw new Refusal({ code: 'INVALID_INPUT', rule: 'P3', field: 'category', message: `The category ${request.category} is not a ${request.kind} case.`, data: { field: 'category' } });
      }
      const month = monthOf(beijingDateOf(request.openedAt));
      const packs = data.packs.filter((p) => p.partnerId === request.partnerId);
      const allowed = checkOpenCase({
        subscription,
        cases: asQuotaCases(casesInMonth(ctx, request.partnerId, month)),
        packs,
        request: { openedAt: request.openedAt, kind: request.kind, ...(request.severity ? { severity: request.severity } : {}) },
      });
      if (!allowed.ok) throw refuse(allowed.error);
      // C1 / C4: the due time from the level in force on the opening date.
      const due = dueAt({ subscription, calendar: cnMainlandCalendar, openedAt: request.openedAt, ...(request.severity ? { severity: request.severity } : {}) });
      if (!due.ok) throw refuse(due.error);
      const now = ctx.services.now().toISOString();
      return {
        id: ctx.services.newId(),
        partnerId: request.partnerId,
        customer: request.customer,
        kind: request.kind,
        category: request.category,
        severity: request.severity ?? null,
        openedAt: request.openedAt,
        level: due.value.level,
        dueAt: due.value.dueAt,
        vendorRef: request.vendorRef,
        notes: request.notes,
        state: 'open',
        respondedAt: null,
        respondedBy: '',
        correctedSeverity: null,
        history: [{ at: now, action: 'opened', reason: '' }],
      };
    }),

  'cases/list': ({ partnerId, month }, { store }) => {
    const cases = month ? store.collection('cases').inPartition(month) : store.collection('cases').all();
    return partnerId ? cases.filter((c) => c.partnerId === partnerId) : [...cases];
  },

  'quotas/month': ({ partnerId, month }, ctx) => quotaMonth(ctx, ctx.store.read(), partnerId, month),

  'quotas/buy-pack': async ({ partnerId, boughtOn, count }, ctx) => {
    const next = await ctx.store.mutate((data) => {
      const bought = checkBuyPack({ subscription: subscriptionOf(data, partnerId), request: { boughtOn, count } });
      if (!bought.ok) throw refuse(bought.error);
      const chargeId = ctx.services.newId();
      const now = ctx.services.now().toISOString();
      // M7: each pack is charged its price on the purchase date.
      const charge = { id: chargeId, partnerId, date: boughtOn, kind: 'addon-pack' as const, amount: data.priceBook.addonPackPrice * count, currency: data.priceBook.currency, level: 'standard' as const, rule: 'M7', details: { count }, recordedAt: now };
      const pack = { id: ctx.services.newId(), partnerId, boughtOn, count, validUntil: bought.value.validUntil, chargeId };
      const updated = { ...data, packs: [...data.packs, pack], charges: [...data.charges, charge] };
      return { next: updated, result: updated };
    });
    return quotaMonth(ctx, next, partnerId, monthOf(boughtOn));
  },
};
