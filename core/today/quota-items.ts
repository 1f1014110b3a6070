// Q1 / Q2, B1-B3, S2: a partner's allowances that need a look this month.
import { partnerQuotasCounted } from '../quota';
import { addDays, daysBetween, type IsoDate, monthOf } from '../time';
import type { TodayItem, TodayPartner, Urgency } from './today-types';

/** Q1: a quota used to this share (in %) is shown. */
export const QUOTA_NOTICE_PERCENT = 80;
/** S2: balances are shown while the service year ends within this many days ("use them or lose them"). */
export const SERVICE_YEAR_NOTICE_DAYS = 60;

/** How soon a date is: today, within a week, within a month, or later. */
export function urgencyOfDate(date: IsoDate, today: IsoDate): Urgency {
  const days = daysBetween(today, date);
  return days <= 0 ? 'today' : days <= 7 ? 'week' : days <= 31 ? 'month' : 'later';
}

export function quotaItems(partner: TodayPartner, today: IsoDate): TodayItem[] {
  const { subscription } = partner;
  if (!subscription) return [];
  const quotas = partnerQuotasCounted({ ...partner, used: partner.usedThisMonth, month: monthOf(today), today });
  const of = { partnerId: partner.id, partnerName: partner.name, target: { to: 'partner', partnerId: partner.id } } as const;
  const items: TodayItem[] = [];
  if (quotas.cases.status === 'counted') {
    const { usage, forecast } = quotas.cases;
    const limit = usage.limit ?? 0;
    if (limit > 0 && usage.used * 100 >= limit * QUOTA_NOTICE_PERCENT) {
      const exhaustsOn = forecast.exhaustsOn;
      items.push({
        ...of,
        kind: 'quota-near-limit',
        id: `quota-near-limit:${partner.id}`,
        rule: 'Q1',
        urgency: forecast.alreadyExhausted ? 'now' : exhaustsOn ? urgencyOfDate(exhaustsOn, today) : 'month',
        when: exhaustsOn ?? usage.month,
        used: usage.used,
        limit,
        exhaustsOn,
        exhausted: forecast.alreadyExhausted,
      });
    }
    // Q2: every pack of the month runs to its end; what the month's cases have not used is lost then.
    const packCases = usage.packs.reduce((sum, p) => sum + p.cases, 0);
    const casesLeft = Math.min(packCases, usage.remaining ?? 0);
    const validUntil = usage.packs.at(-1)?.validUntil;
    if (casesLeft > 0 && validUntil !== undefined && validUntil >= today) {
      items.push({
        ...of,
        kind: 'pack-expiring',
        id: `pack-expiring:${partner.id}`,
        rule: 'Q2',
        urgency: urgencyOfDate(validUntil, today),
        when: validUntil,
        validUntil,
        casesLeft,
        tonight: validUntil === today,
      });
    }
  }
  const year = quotas.serviceYear;
  if (year && daysBetween(today, year.end) <= SERVICE_YEAR_NOTICE_DAYS) {
    // B1-B3: what the service year still holds is lost at its end.
    const keaDaysLeft = quotas.kea.status === 'counted' ? quotas.kea.left : 0;
    const consultingLeft = quotas.consulting.status === 'counted' ? quotas.consulting.left : 0;
    const t = quotas.trainings;
    const onsiteTrainingsLeft = t.status === 'counted' ? Math.max(0, t.onsitePerServiceYear - t.onsiteThisServiceYear) : 0;
    if (keaDaysLeft + consultingLeft + onsiteTrainingsLeft > 0) {
      const lastDay = addDays(year.end, -1);
      items.push({
        ...of,
        kind: 'service-year-ending',
        id: `service-year-ending:${partner.id}`,
        rule: 'S2',
        urgency: urgencyOfDate(lastDay, today),
        when: lastDay,
        lastDay,
        keaDaysLeft,
        consultingLeft,
        onsiteTrainingsLeft,
      });
    }
  }
  return items;
}
