// What each cell of the quotas table says, in the user's language, from what main computed.
import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';

import { addDays } from '@core/time';
import type { en } from '@locales/en';
import type { QuotaRow } from '@main/ipc/contract';

import { formatDate } from '../../ui/dates';

type Status = { status: string };

/** A month ('YYYY-MM' or a date in it) in the user's language: March 2026 / 2026年3月. */
export const formatMonth = (month: string, locale: string): string =>
  DateTime.fromISO(`${month.slice(0, 7)}-01`, { zone: 'Asia/Shanghai' })
    .setLocale(locale)
    .toLocaleString({ year: 'numeric', month: 'long' });

/** Why an allowance has no numbers (no plan, not included, unlimited, yearly plans only). */
export const statusText = (t: TFunction, quota: Status): string => t(`quotas.status.${quota.status as keyof typeof en.quotas.status}`);

export const levelText = (t: TFunction, row: QuotaRow): string => (row.level === null ? t('quotas.noPlan') : t(`catalog.levels.${row.level}`));

/** Q3: each pack adds its cases until the end of its month (Q2). */
export function packLines(t: TFunction, row: QuotaRow, locale: string): string[] {
  if (row.cases.status !== 'counted') return [];
  return row.cases.usage.packs.map((p) => t('quotas.cases.pack', { cases: p.cases, date: formatDate(p.validUntil, locale) }));
}

/** DECISIONS 12: the day the quota runs out at this month's pace. */
export function forecastText(t: TFunction, row: QuotaRow, today: string, locale: string): string {
  // The cases column already says why there is no limit.
  if (row.cases.status !== 'counted') return t('quotas.forecast.none');
  const { forecast } = row.cases;
  if (forecast.alreadyExhausted) return t('quotas.forecast.usedUp');
  if (forecast.exhaustsOn) return formatDate(forecast.exhaustsOn, locale);
  return today.startsWith(row.month) ? t('quotas.forecast.lasts') : t('quotas.forecast.none');
}

/** B1: days used and left in the service year. */
export const keaText = (t: TFunction, row: QuotaRow): string =>
  row.kea.status === 'counted' ? t('quotas.kea', { used: row.kea.used, quota: row.kea.quota, left: row.kea.left }) : statusText(t, row.kea);

/** B2: sessions used and left in the service year. */
export const consultingText = (t: TFunction, row: QuotaRow): string =>
  row.consulting.status === 'counted'
    ? t('quotas.consulting', { used: row.consulting.used, quota: row.consulting.quota, left: row.consulting.left })
    : statusText(t, row.consulting);

/** B3: organized trainings this month, every training this service year, and Premier's on-site one. */
export function trainingLines(t: TFunction, row: QuotaRow): string[] {
  const q = row.trainings;
  if (q.status !== 'counted') return [statusText(t, q)];
  return [
    t('quotas.trainings.month', { used: q.organizedThisMonth, allowed: q.organizedPerMonth }),
    t('quotas.trainings.year', { count: q.thisServiceYear }),
    ...(q.onsitePerServiceYear > 0 ? [t('quotas.trainings.onsite', { used: q.onsiteThisServiceYear, allowed: q.onsitePerServiceYear })] : []),
  ];
}

/** S2: the service year the yearly balances are counted in, as its first and last day. */
export const serviceYearDays = (row: QuotaRow, locale: string): [string, string] | null =>
  row.serviceYear ? [formatDate(row.serviceYear.start, locale), formatDate(addDays(row.serviceYear.end, -1), locale)] : null;
