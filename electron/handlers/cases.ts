import { applyCaseAction, caseEntryOutlook } from '@core/cases';

import type { CaseEntryCheck, ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, refuse } from '../ipc/refusal';
import { searchIndexOf } from '../search/search-index';
import type { StoredCase } from '../store/records/cases';
import { buildCase, caseMonthOf, casesOfMonth, newCaseRecord, usedThisMonth } from './case-entry';
import { importCases, previewImport } from './case-import';
import type { HandlerContext } from './context';
import { partnerSubscription, partnerTimeline } from './subscription-plans';
import { toWireCase } from './wire-records';

/** Days read at once: as the store reads a collection (see inBatches). */
const DAYS_AT_ONCE = 8;

/** The cases `keep` keeps of the given days, in day order: each day filtered as it is read. */
async function casesOnDays(store: HandlerContext['store'], days: readonly string[], keep: (c: StoredCase) => boolean): Promise<StoredCase[]> {
  const found: StoredCase[][] = [];
  for (let at = 0; at < days.length; at += DAYS_AT_ONCE)
    found.push(...(await Promise.all(days.slice(at, at + DAYS_AT_ONCE).map(async (day) => (await store.collection('cases').inPartition(day)).filter(keep)))));
  return found.flat();
}

const NOTHING: CaseEntryCheck = { level: null, severities: [], remaining: null, limit: null, pack: null, dueAt: null, refusal: null };

export const caseHandlers: HandlerMap<ChannelsOf<'cases'>, HandlerContext> = {
  // Checked and built inside the write queue, so two requests cannot both take the last place (Q3).
  'cases/open': (request, ctx) =>
    ctx.store
      .put('cases', async (data) => {
        const subscription = partnerTimeline(data, request.partnerId);
        return buildCase({
          data,
          // Without a plan nothing counts, and buildCase refuses the case anyway (S5).
          usedThisMonth: subscription ? await usedThisMonth(ctx.store.collection('cases'), subscription, request.partnerId, caseMonthOf(request.openedAt)) : 0,
          request,
          id: ctx.services.newId(),
          now: ctx.services.now().toISOString(),
        });
      })
      .then(toWireCase),

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
    const built = newCaseRecord({
      data,
      subscription,
      usedThisMonth: used,
      request: { ...request, kind: request.kind, category: request.category },
      id: 'check',
      now: ctx.services.now().toISOString(),
    });
    return built.ok ? { ...check, dueAt: built.value.dueAt } : { ...check, refusal: refuse(built.error).body };
  },

  'cases/update': ({ id, change }, ctx) =>
    ctx.store
      .put('cases', async (): Promise<StoredCase> => {
        const current = await ctx.store.collection('cases').get(id);
        if (!current) throw notFound('case', id);
        const now = ctx.services.now().toISOString();
        const applied = applyCaseAction(current, change, now);
        if (!applied.ok) throw refuse(applied.error);
        const { detail, ...fields } = applied.value;
        const reason = 'reason' in change ? change.reason : change.respondedBy;
        return { ...current, ...fields, history: [...current.history, { at: now, action: change.action, reason, ...(detail ? { detail } : {}) }] };
      })
      .then(toWireCase),

  'cases/get': async ({ id }, { store }) => {
    const found = await store.collection('cases').get(id);
    if (!found) throw notFound('case', id);
    return toWireCase(found);
  },

  'cases/list': async ({ partnerId, month, newest }, { store }) => {
    if (month) return (await casesOfMonth(store, month, partnerId)).map(toWireCase);
    const ofPartner = partnerId ? (c: StoredCase) => c.partnerId === partnerId : undefined;
    if (newest !== undefined) {
      // The partner page's list: the latest days only, read back until enough are found.
      const found = await store.collection('cases').newest(newest, ofPartner ?? (() => true));
      return found
        .sort((a, b) => Date.parse(b.openedAt) - Date.parse(a.openedAt))
        .slice(0, newest)
        .map(toWireCase);
    }
    // A partner's cases of all time: only the days the search index says hold one are read.
    if (partnerId) return (await casesOnDays(store, await searchIndexOf(store).daysOfPartner(partnerId), ofPartner!)).map(toWireCase);
    // Every case of all time reads every day file; each is filtered as it is read.
    return (await store.collection('cases').all(ofPartner)).map(toWireCase);
  },

  // Both work in slices (see case-import.ts): a 50,000-row file never holds main for long.
  'cases/import-preview': ({ csv, ...options }, ctx) => previewImport(csv, ctx, options),
  'cases/import': ({ csv, ...options }, ctx) => importCases(csv, ctx, options),
};
