import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { Remaining } from './sla-clock';

const BEIJING = 'Asia/Shanghai';

/** Day and time without the year, for a board where every case is recent. */
const SHORT = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' } as const;

/** T1: an instant in the laptop's zone and in Beijing time, which the targets are kept in. */
export function formatInstant(iso: string, locale: string, style: 'full' | 'short' = 'full'): FormattedInstant {
  // The laptop's zone is part of the key: it can change while the app runs (a manager travels).
  const key = `${locale} ${style} ${iso} ${Intl.DateTimeFormat().resolvedOptions().timeZone}`;
  const known = formatted.get(key);
  if (known) return known;
  const at = DateTime.fromISO(iso).setLocale(locale);
  const local = at.toLocal();
  const beijing = at.setZone(BEIJING);
  const format = style === 'short' ? SHORT : DateTime.DATETIME_MED;
  const answer = { local: local.toLocaleString(format), beijing: beijing.toLocaleString(format), sameZone: local.offset === beijing.offset };
  if (formatted.size >= FORMATTED) formatted.clear();
  formatted.set(key, answer);
  return answer;
}

type FormattedInstant = { local: string; beijing: string; sameZone: boolean };

/**
 * Instants formatted lately, by locale, style, instant and the laptop's zone: a board scrolled
 * back and forth formats the same due times again, and luxon's formatting was most of a row's
 * cost. Bounded.
 */
const formatted = new Map<string, FormattedInstant>();
const FORMATTED = 4096;

/** "1 h 05 min left", "4 min 30 s left", "overdue 2 h 10 min": seconds only in the last hour. */
export function formatRemaining(t: TFunction, remaining: Remaining): string {
  const { hours, minutes, seconds, overdue } = remaining;
  const span =
    hours >= 24
      ? t('sla.span.days', { days: Math.floor(hours / 24), hours: hours % 24 })
      : hours > 0
        ? t('sla.span.hours', { hours, minutes: String(minutes).padStart(2, '0') })
        : t('sla.span.minutes', { minutes, seconds: String(seconds).padStart(2, '0') });
  return t(overdue ? 'sla.overdue' : 'sla.left', { span });
}
