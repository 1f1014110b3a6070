import { levels } from '@core/catalog';
import { PARTNER_TYPES } from '@core/partners';
import { addDays, previousMonth } from '@core/time';
import { currentSubscription } from '@main/handlers/subscription-plans';

import { calendarFileText } from '../builders/calendar-file';
import { aPartner } from '../builders/partners';
import { partnersOnPlan, pickOrNull, type Planner, thisMonthOf, todayOf } from './stream-context';

const WORDS = ['Harbour', 'Lotus', 'Cedar', 'Azure', '蓝海', 'Summit', 'Delta', '云桥', 'Nimbus', 'Quarry'];

export const createPartner: Planner = (ctx) => {
  const name = `${ctx.random.pick(WORDS)} ${ctx.tag(ctx.seq)}`;
  return {
    change: { kind: 'partner-create', name },
    channel: 'partners/create',
    request: aPartner({ name, type: ctx.random.pick(PARTNER_TYPES), notes: ctx.random.chance(0.3) ? '备注 ✓' : '' }),
  };
};

export const updatePartner: Planner = (ctx) => {
  const partner = pickOrNull(ctx, ctx.desk.store.read().partners);
  if (!partner) return null;
  const tag = ctx.tag(ctx.seq);
  const changes = ctx.random.pick([
    { notes: `notes ${tag}` },
    { contactName: `Contact ${tag}` },
    { contactPhone: `+86 ${ctx.random.int(1000, 9999)}` },
    { name: `Renamed ${tag}` },
  ]);
  return { change: { kind: 'partner-update', partnerId: partner.id }, channel: 'partners/update', request: { id: partner.id, changes } };
};

export const archivePartner: Planner = (ctx) => {
  const partner = pickOrNull(ctx, ctx.desk.store.read().partners);
  if (!partner) return null;
  return { change: { kind: 'partner-archive', partnerId: partner.id }, channel: 'partners/archive', request: { id: partner.id, archived: !partner.archived } };
};

/** Subscribe a partner without a plan, change a level, or renew (often refused: not yet due, S1). */
export const applyPlan: Planner = (ctx) => {
  const data = ctx.desk.store.read();
  const today = todayOf(ctx);
  const unsubscribed = data.partners.filter((p) => !currentSubscription(data, p.id));
  if (unsubscribed.length > 0 && ctx.random.chance(0.5)) {
    const partner = ctx.random.pick(unsubscribed);
    const request = {
      action: 'subscribe',
      start: today,
      billing: ctx.random.pick(['monthly', 'yearly'] as const),
      level: ctx.random.weighted({ basic: 1, standard: 2, premier: 3 }),
    };
    return {
      change: { kind: 'subscription', partnerId: partner.id, action: 'subscribe' },
      channel: 'subscriptions/apply',
      request: { partnerId: partner.id, request },
    };
  }
  const onPlan = pickOrNull(ctx, partnersOnPlan(ctx));
  if (!onPlan) return null;
  const partnerId = onPlan.partner.id;
  if (ctx.random.chance(0.2))
    return {
      change: { kind: 'subscription', partnerId, action: 'renew' },
      channel: 'subscriptions/apply',
      request: { partnerId, request: { action: 'renew' } },
    };
  const level = ctx.random.chance(0.1) ? null : ctx.random.pick(levels);
  const request = { action: 'change', on: addDays(today, ctx.random.int(0, 20)), level };
  return { change: { kind: 'subscription', partnerId, action: 'change' }, channel: 'subscriptions/apply', request: { partnerId, request } };
};

export const buyPack: Planner = (ctx) => {
  const onPlan = pickOrNull(
    ctx,
    partnersOnPlan(ctx).filter((p) => p.level === 'standard'),
  );
  if (!onPlan) return null;
  const partnerId = onPlan.partner.id;
  return { change: { kind: 'buy-pack', partnerId }, channel: 'quotas/buy-pack', request: { partnerId, boughtOn: todayOf(ctx), count: ctx.random.int(1, 2) } };
};

export const setConsumption: Planner = (ctx) => {
  const partner = pickOrNull(ctx, ctx.desk.store.read().partners);
  if (!partner) return null;
  const month = ctx.random.chance(0.7) ? previousMonth(thisMonthOf(ctx)) : previousMonth(previousMonth(thisMonthOf(ctx)));
  const amount = ctx.random.chance(0.1) ? null : ctx.random.int(0, 50_000_000);
  return { change: { kind: 'consumption', partnerId: partner.id, month }, channel: 'consumption/set', request: { partnerId: partner.id, month, amount } };
};

export const updateSettings: Planner = (ctx) => {
  const request = ctx.random.chance(0.5)
    ? { language: ctx.random.pick(['en', 'zh-CN', null] as const) }
    : {
        tables: {
          [ctx.random.pick(['partners', 'cases', 'bookings'])]: {
            hidden: ctx.random.chance(0.5) ? ['notes'] : [],
            sort: [{ id: 'name', desc: ctx.random.chance(0.5) }],
          },
        },
      };
  return { change: { kind: 'settings' }, channel: 'settings/update', request };
};

export const editPriceBook: Planner = (ctx) => {
  const { priceBook } = ctx.desk.store.read();
  const edited = { ...priceBook, name: `Prices ${ctx.tag(ctx.seq)}`, addonPackPrice: Math.max(0, priceBook.addonPackPrice + ctx.random.int(-500, 500)) };
  return { change: { kind: 'price-book' }, channel: 'price-book/update', request: { priceBook: edited } };
};

/** Imports the 2027 sample calendar (a new id each time), or goes back to the shipped one. */
export const changeCalendar: Planner = (ctx) => {
  if (ctx.desk.store.read().calendar && ctx.random.chance(0.5)) return { change: { kind: 'calendar-reset' }, channel: 'calendar/reset', request: {} };
  const text = calendarFileText({ id: `cal-${ctx.tag(ctx.seq)}` });
  return { change: { kind: 'calendar-import' }, channel: 'calendar/import', request: { text, fileName: 'cn-2027.json' } };
};

/** Only into an empty desk (SAMPLE_NOT_EMPTY otherwise); its cases are read back in full once stored. */
export const loadSample: Planner = () => ({ change: { kind: 'sample-load' }, channel: 'sample/load', request: {}, cases: () => 'all' });

export const removeSample: Planner = (ctx) =>
  ctx.desk.store.read().sample ? { change: { kind: 'sample-remove' }, channel: 'sample/remove', request: {}, cases: () => 'clear' } : null;
