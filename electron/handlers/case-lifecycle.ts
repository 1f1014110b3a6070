import { applyCaseAction, caseEntryOutlook } from '../../core/cases';
import type { CaseEntryCheck, CaseRecordStored } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, refuse } from '../ipc/refusal';
import { caseMonthOf, newCaseRecord, usedThisMonth } from './case-entry';
import type { HandlerContext } from './context';
import { partnerSubscription } from './subscription-plans';

const NOTHING: CaseEntryCheck = { level: null, severities: [], remaining: null, limit: null, pack: null, dueAt: null, refusal: null };

export const caseLifecycleHandlers: HandlerMap<'cases/check' | 'cases/get' | 'cases/update', HandlerContext> = {
  // The entry form's refusals are part of the answer (as main would refuse the case on save).
  'cases/check': async (request, ctx) => {
    const data = ctx.store.read();
    const plan = partnerSubscription(data, request.partnerId);
    if (!plan.ok) return { ...NOTHING, refusal: plan.refusal.body };
    const subscription = plan.value;
    const used = await usedThisMonth(ctx.store.collection('cases'), subscription, request.partnerId, caseMonthOf(request.openedAt));
    const packs = data.packs.filter((p) => p.partnerId === request.partnerId);
    const check: CaseEntryCheck = { ...NOTHING, ...caseEntryOutlook({ subscription, used, packs, openedAt: request.openedAt, priceBook: data.priceBook }) };
    if (request.kind === undefined || request.category === undefined) return check;
    const built = newCaseRecord({ data, subscription, usedThisMonth: used, request: { ...request, kind: request.kind, category: request.category }, id: 'check', now: ctx.services.now().toISOString() });
    return built.ok ? { ...check, dueAt: built.value.dueAt } : { ...check, refusal: refuse(built.error).body };
  },

  'cases/get': async ({ id }, { store }) => {
    const found = await store.collection('cases').get(id);
    if (!found) throw notFound('case', id);
    return found;
  },

  'cases/update': ({ id, change }, ctx) =>
    ctx.store.put('cases', async (): Promise<CaseRecordStored> => {
      const current = await ctx.store.collection('cases').get(id);
      if (!current) throw notFound('case', id);
      const now = ctx.services.now().toISOString();
      const applied = applyCaseAction(current, change, now);
      if (!applied.ok) throw refuse(applied.error);
      const { detail, ...fields } = applied.value;
      const reason = 'reason' in change ? change.reason : change.respondedBy;
      return { ...current, ...fields, history: [...current.history, { at: now, action: change.action, reason, ...(detail ? { detail } : {}) }] };
    }),
};
