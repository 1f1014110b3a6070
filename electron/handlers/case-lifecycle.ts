import { applyCaseAction } from '../../core/cases';
import { planOf, severityIds } from '../../core/catalog';
import { monthUsage } from '../../core/quota';
import { levelOn } from '../../core/subscription';
import { beijingDateOf } from '../../core/time';
import type { CaseEntryCheck, CaseRecordStored } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal, refuse } from '../ipc/refusal';
import { buildCase, caseMonthOf, subscriptionOf, usedThisMonth } from './case-entry';
import type { HandlerContext } from './context';

const NOTHING: CaseEntryCheck = { level: null, severities: [], remaining: null, limit: null, pack: null, dueAt: null, refusal: null };

export const caseLifecycleHandlers: HandlerMap<'cases/check' | 'cases/get' | 'cases/update', HandlerContext> = {
  'cases/check': async (request, ctx) => {
    const data = ctx.store.read();
    const refusalOf = (error: unknown) => {
      if (error instanceof Refusal) return error.body;
      throw error;
    };
    let subscription;
    try {
      subscription = subscriptionOf(data, request.partnerId);
    } catch (error) {
      return { ...NOTHING, refusal: refusalOf(error) };
    }
    const date = beijingDateOf(request.openedAt);
    const level = levelOn(subscription, date);
    const used = await usedThisMonth(ctx.store.collection('cases'), subscription, request.partnerId, caseMonthOf(request.openedAt));
    const targets = level ? planOf(level).responseTargets : {};
    // Q3: what is left before this case, with the packs bought by its date (Q2).
    const usage = monthUsage({ subscription, used, packs: data.packs.filter((p) => p.partnerId === request.partnerId), month: caseMonthOf(request.openedAt), asOf: date });
    const counted = level === 'standard';
    const check: CaseEntryCheck = {
      ...NOTHING,
      level,
      severities: severityIds.flatMap((id) => (targets[id] === undefined ? [] : [{ id, targetMinutes: targets[id] }])),
      remaining: counted ? usage.remaining : null,
      limit: counted ? usage.limit : null,
      pack: counted ? { price: data.priceBook.addonPackPrice, currency: data.priceBook.currency } : null,
    };
    if (request.kind === undefined || request.category === undefined) return check;
    try {
      const built = buildCase({ data, usedThisMonth: used, request: { ...request, kind: request.kind, category: request.category }, id: 'check', now: ctx.services.now().toISOString() });
      return { ...check, dueAt: built.dueAt };
    } catch (error) {
      return { ...check, refusal: refusalOf(error) };
    }
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
