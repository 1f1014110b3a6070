import type { Level } from '@core/catalog';
import { type PaidSubscription, type PriceBook, quoteLevelChange, quoteRenewal, quoteSubscribe } from '@core/money';
import { PARTNER_TYPES } from '@core/partners';
import { addDays, daysBetween } from '@core/time';

import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredSubscription } from '../store/records/plans';
import type { Random } from './random';

export type SeedIds = { next: (kind: string) => string };
export type PlanSeed = { partners: StoredPartner[]; subscriptions: StoredSubscription[]; charges: StoredCharge[] };

const FIRST = [
  'Harbour',
  'Jade',
  'Summit',
  'Lotus',
  'Pearl',
  'Cedar',
  'Delta',
  'Aurora',
  'Granite',
  'Silk',
  'Bamboo',
  'Orbit',
  'Crane',
  'Meridian',
  'Willow',
  'Kestrel',
];
const SECOND = ['Cloud', 'Data', 'Systems', 'Digital', 'Networks', 'Tech', 'Solutions', 'Compute', 'Logic', 'Works'];
const OTHER_LEVELS: Record<Level, readonly Level[]> = { basic: ['standard', 'premier'], standard: ['basic', 'premier'], premier: ['standard', 'basic'] };

/**
 * Partners on every level with their subscriptions, renewals and level changes, each priced by
 * core's own quotes (S1, M3-M6), so every charge is the one the app would have recorded.
 */
export function seedPlans(input: { random: Random; ids: SeedIds; count: number; from: string; until: string; priceBook: PriceBook }): PlanSeed {
  const { random, ids, priceBook, until } = input;
  const out: PlanSeed = { partners: [], subscriptions: [], charges: [] };
  const span = daysBetween(input.from, until);
  for (let i = 0; i < input.count; i += 1) {
    const partnerId = ids.next('partner');
    // Most partners were on the books from the first months; some join later.
    const start = addDays(input.from, random.chance(0.8) ? random.int(0, 60) : random.int(0, Math.max(0, span - 90)));
    const createdAt = `${start}T01:00:00Z`;
    const name = `${random.pick(FIRST)} ${random.pick(SECOND)} ${String(i + 1).padStart(3, '0')}`;
    const type = random.chance(0.88) ? 'consulting' : random.pick(PARTNER_TYPES);
    out.partners.push({
      id: partnerId,
      name,
      type,
      contactName: '',
      contactEmail: '',
      contactPhone: '',
      notes: '',
      archived: false,
      createdAt,
      updatedAt: createdAt,
    });
    const billing = random.chance(0.4) ? 'yearly' : 'monthly';
    const level = random.weighted<Level>({ basic: 25, standard: 45, premier: 30 });
    const subscribed = quoteSubscribe(priceBook, { start, billing, level });
    if (!subscribed.ok) continue;
    const charge = (fields: Pick<StoredCharge, 'date' | 'kind' | 'amount' | 'level' | 'rule'>): void => {
      out.charges.push({ id: ids.next('charge'), partnerId, currency: priceBook.currency, recordedAt: `${fields.date}T02:00:00Z`, ...fields });
    };
    charge({ date: start, kind: 'prepayment', amount: subscribed.value.fee, level, rule: 'S1' });
    let paid: PaidSubscription = {
      subscription: subscribed.value.subscription,
      period: subscribed.value.period,
      segment: { start, paid: subscribed.value.fee },
    };
    // S1: each period is renewed when it ends, up to the day the portfolio is generated.
    const renewThrough = (date: string) => {
      while (paid.period.end <= date) {
        const renewal = quoteRenewal(paid, priceBook);
        if (!renewal.ok) return;
        paid = { ...paid, period: renewal.value.period, segment: { start: renewal.value.period.start, paid: renewal.value.fee } };
        charge({ date: renewal.value.period.start, kind: 'renewal', amount: renewal.value.fee, level: renewal.value.level, rule: 'S1' });
      }
    };
    const changeCount = random.weighted({ 0: 50, 1: 35, 2: 15 });
    const events = Array.from({ length: Number(changeCount) }, () => ({
      on: addDays(start, random.int(45, Math.max(46, daysBetween(start, until) - 1))),
      leave: false,
    }));
    // A few partners leave near the end, so the portfolio has ended plans too (S5).
    if (random.chance(0.03)) events.push({ on: addDays(until, -random.int(5, 40)), leave: true });
    for (const { on, leave } of events.filter((e) => e.on < until).sort((a, b) => a.on.localeCompare(b.on))) {
      if (on <= paid.segment.start) continue;
      renewThrough(on);
      const current = paid.subscription.levels.at(-1)?.level ?? null;
      if (current === null) break;
      const quoted = quoteLevelChange(paid, priceBook, { on, level: leave ? null : random.pick(OTHER_LEVELS[current]) });
      if (!quoted.ok) continue;
      const { plan, quote } = quoted.value;
      paid = {
        subscription: { ...paid.subscription, levels: [...paid.subscription.levels, { from: on, level: plan.to }] },
        period: paid.period,
        segment: quote.nextSegment ?? paid.segment,
      };
      if (plan.to === null) charge({ date: on, kind: 'unsubscribe-refund', amount: -quote.refund, level: null, rule: 'M6' });
      else if (quote.net !== 0) charge({ date: on, kind: quote.net > 0 ? 'change-charge' : 'change-refund', amount: quote.net, level: plan.to, rule: 'M5' });
    }
    renewThrough(until);
    out.subscriptions.push({
      id: ids.next('subscription'),
      partnerId,
      start,
      billing,
      levels: paid.subscription.levels.map((l) => ({ from: l.from, level: l.level })),
      period: paid.period,
      segment: paid.segment,
      createdAt,
    });
  }
  return out;
}
