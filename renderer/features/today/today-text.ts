import type { TFunction } from 'i18next';

import type { TodayItem } from '@main/ipc/contract/today';

import { formatDatesIn } from '../../ui/dates';
import { formatMonth } from '../quotas/quota-text';
import { formatInstant } from '../sla/sla-format';

const due = (t: TFunction, iso: string, locale: string) => {
  const at = formatInstant(iso, locale);
  // T1: a deadline is shown in Beijing time too when the laptop is elsewhere.
  return at.sameZone ? at.local : `${at.local} (${t('sla.beijingTime', { time: at.beijing })})`;
};

/** What was unused in a service year, as "3 KEA days, 2 consulting sessions" (B1-B3). */
function leftInYear(t: TFunction, item: Extract<TodayItem, { kind: 'service-year-ending' }>): string {
  const parts = [
    item.keaDaysLeft > 0 ? t('today.item.keaDays', { count: item.keaDaysLeft }) : null,
    item.consultingLeft > 0 ? t('today.item.consulting', { count: item.consultingLeft }) : null,
    item.onsiteTrainingsLeft > 0 ? t('today.item.onsite', { count: item.onsiteTrainingsLeft }) : null,
  ];
  return parts.filter((p) => p !== null).join(t('today.item.listJoin'));
}

/** The sentence of one Today item in the user's language, dates shown as the language writes them. */
export function itemText(t: TFunction, item: TodayItem, locale: string): string {
  const partner = 'partnerName' in item ? item.partnerName : '';
  const data = (values: Record<string, unknown>) => formatDatesIn({ partner, ...values }, locale);
  switch (item.kind) {
    case 'case-breached':
    case 'case-at-risk':
    case 'case-due-today':
      return t(`today.item.${item.kind}`, {
        partner,
        ref: item.vendorRef || item.caseId,
        customer: item.customer,
        // P2: Basic cases have no severity, only "accepted within 1 working day" (T5).
        severity: item.severity ? t(`catalog.severities.${item.severity}`) : t('sla.basicTarget'),
        due: due(t, item.dueAt, locale),
      });
    case 'quota-near-limit':
      if (item.exhausted) return t('today.item.quota-exhausted', data({ limit: item.limit }));
      return item.exhaustsOn
        ? t('today.item.quota-near-limit', data({ used: item.used, limit: item.limit, exhaustsOn: item.exhaustsOn }))
        : t('today.item.quota-near-limitNoForecast', data({ used: item.used, limit: item.limit }));
    case 'pack-expiring':
      return item.tonight
        ? t('today.item.pack-expiringTonight', data({ casesLeft: item.casesLeft }))
        : t('today.item.pack-expiring', data({ casesLeft: item.casesLeft, validUntil: item.validUntil }));
    case 'service-year-ending':
      return t('today.item.service-year-ending', data({ lastDay: item.lastDay, left: leftInYear(t, item) }));
    case 'renewal-due':
      return t(
        item.overdue ? 'today.item.renewal-overdue' : 'today.item.renewal-due',
        data({ billing: t(`catalog.billing.${item.billing}`), renewalOn: item.renewalOn }),
      );
    case 'plan-ended':
      return t(item.ended ? 'today.item.plan-ended' : 'today.item.plan-ending', data({ endsOn: item.endsOn }));
    case 'frequent-change':
      return t('today.item.frequent-change', data({ count: item.changes, lastChangeOn: item.lastChangeOn }));
    case 'booking-soon':
    case 'booking-unconfirmed': {
      const values = data({ kind: t(`bookings.kinds.${item.bookingKind}`), title: item.title || t('today.item.untitled'), start: item.start, end: item.end });
      if (item.kind === 'booking-unconfirmed') return t('today.item.booking-unconfirmed', values);
      return t(item.start === item.end ? 'today.item.booking-soon' : 'today.item.booking-soonRange', values);
    }
    case 'consumption-missing':
      return t('today.item.consumption-missing', { partner, month: formatMonth(item.month, locale) });
    case 'calendar-coverage':
      return item.uncoveredYears.length > 0
        ? t('today.item.calendar-coverage', { years: item.uncoveredYears.join(', ') })
        : t('today.item.calendar-coverageNext', { year: item.nextYear ?? '' });
  }
}
