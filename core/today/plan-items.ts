// S1 / S4 / S5 / M9: a partner's plan and bill that need a look.
import { checkLevelChange, endedOn, type LevelChange, levelChanges, levelSpans, planStatus, type Subscription } from '../subscription';
import { daysBetween, type IsoDate, monthOf, monthStart, nextMonthStart, previousMonth } from '../time';
import { urgencyOfDate } from './quota-items';
import type { TodayItem, TodayPartner } from './today-types';

/** S5: a plan that ended (or ends) within this many days of today is shown. */
export const PLAN_END_NOTICE_DAYS = 30;

/** S4: the change checked as it was entered, against the timeline before it. */
function wasFrequent(subscription: Subscription, change: LevelChange): boolean {
  const before = { ...subscription, levels: subscription.levels.filter((l) => l.from < change.from) };
  const checked = checkLevelChange(before, { on: change.from, level: change.level });
  return checked.ok && checked.warnings.some((w) => w.code === 'FREQUENT_CHANGE');
}

export function planItems(partner: TodayPartner, today: IsoDate): TodayItem[] {
  const { subscription } = partner;
  if (!subscription) return [];
  const of = { partnerId: partner.id, partnerName: partner.name, target: { to: 'partner', partnerId: partner.id } } as const;
  const items: TodayItem[] = [];
  // S1: the renewal is due once the period ends within RENEWAL_NOTICE_DAYS (core's planStatus).
  const status = planStatus(subscription, today);
  if (status.renewalDue && status.nextRenewal) {
    const overdue = status.nextRenewal <= today;
    items.push({
      ...of,
      kind: 'renewal-due',
      id: `renewal-due:${partner.id}`,
      rule: 'S1',
      urgency: overdue ? 'now' : urgencyOfDate(status.nextRenewal, today),
      when: status.nextRenewal,
      renewalOn: status.nextRenewal,
      billing: subscription.billing,
      overdue,
    });
  }
  const endsOn = endedOn(subscription);
  if (endsOn !== null && Math.abs(daysBetween(today, endsOn)) <= PLAN_END_NOTICE_DAYS) {
    const ended = endsOn <= today;
    items.push({
      ...of,
      kind: 'plan-ended',
      id: `plan-ended:${partner.id}`,
      rule: 'S5',
      urgency: ended ? 'later' : urgencyOfDate(endsOn, today),
      when: endsOn,
      endsOn,
      ended,
    });
  }
  // S4: changes made this (Beijing) year that checkLevelChange warned of as FREQUENT_CHANGE.
  const year = today.slice(0, 4);
  const frequent = levelChanges(subscription).filter((c) => c.from.startsWith(year) && c.from <= today && wasFrequent(subscription, c));
  const last = frequent.at(-1);
  if (last) {
    items.push({
      ...of,
      kind: 'frequent-change',
      id: `frequent-change:${partner.id}`,
      rule: 'S4',
      urgency: 'later',
      when: last.from,
      changes: frequent.length,
      lastChangeOn: last.from,
    });
  }
  // M9: last month's incremental fee is settled on the 1st and needs that month's consumption.
  const month = previousMonth(monthOf(today));
  const hadPlan = levelSpans(subscription, monthStart(month), nextMonthStart(month)).some((s) => s.level !== null);
  if (hadPlan && !partner.consumptionMonths.includes(month)) {
    items.push({ ...of, kind: 'consumption-missing', id: `consumption-missing:${partner.id}`, rule: 'M9', urgency: 'month', when: monthStart(today), month });
  }
  return items;
}
