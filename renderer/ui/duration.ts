import type { TFunction } from 'i18next';

/** 15 → "15 min", 180 → "3 h", 90 → "1 h 30 min" (and 15 分钟 / 3 小时 in Chinese): a response target as a manager says it. */
export function formatDuration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('plans.duration.minutes', { count: rest });
  if (rest === 0) return t('plans.duration.hours', { count: hours });
  return t('plans.duration.hoursMinutes', { hours, minutes: rest });
}
