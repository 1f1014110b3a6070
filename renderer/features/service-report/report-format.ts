import type { TFunction } from 'i18next';

/** Minutes as a manager reads a response time: "45 min", "3 h", "2 h 5 min", "1 d 2 h". */
export function formatMinutes(t: TFunction, minutes: number | null): string {
  if (minutes === null) return '—';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = [
    days > 0 ? t('serviceReport.units.d', { n: days }) : '',
    hours > 0 ? t('serviceReport.units.h', { n: hours }) : '',
    mins > 0 || minutes === 0 ? t('serviceReport.units.min', { n: mins }) : '',
  ];
  return parts.filter(Boolean).slice(0, 2).join(' ');
}

/** A met rate in basis points as a whole-number percentage with one decimal where it has one. */
export function formatRate(bp: number | null, locale: string): string {
  if (bp === null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(bp / 10_000);
}

/** A file name main accepts (no path or reserved characters), at most 120 characters. */
export const reportFileName = (partnerName: string, month: string): string =>
  `service-report-${partnerName}-${month}`.replace(/[/\\:*?"<>|]+/g, '-').slice(0, 120);
