import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';

import { BEIJING_OFFSET_MS, MINUTE_MS, parseInstant } from '@core/time';

import type { Remaining } from './sla-clock';

const BEIJING = 'Asia/Shanghai';

/** Day and time without the year, for a board where every case is recent. */
const SHORT = { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' } as const;
/** A 24-hour clock in every language, as the time fields take it (14:30, never 2:30 PM). */
const FORMATS = { full: { ...DateTime.DATETIME_MED, hourCycle: 'h23' }, short: SHORT } as const;

type FormattedInstant = { local: string; beijing: string; sameZone: boolean };

/** T1: an instant in the laptop's zone and in Beijing time, which the targets are kept in. */
export function formatInstant(iso: string, locale: string, style: 'full' | 'short' = 'full'): FormattedInstant {
  // The laptop's zone is part of the key: it can change while the app runs (a manager travels).
  const zone = laptopZone();
  const key = `${locale} ${style} ${iso} ${zone}`;
  const known = formatted.get(key);
  if (known) return known;
  const ms = instantMs(iso);
  const answer = Number.isNaN(ms) ? formatWithLuxon(iso, locale, style) : formatMs(ms, locale, style, zone);
  if (formatted.size >= FORMATTED) formatted.clear();
  formatted.set(key, answer);
  return answer;
}

/** An instant with its offset, as every stored one is (T1); NaN for anything else. */
function instantMs(iso: string): number {
  try {
    return parseInstant(iso);
  } catch {
    return Number.NaN;
  }
}

/**
 * What luxon's toLocaleString answers for the same instant, locale and format (it formats through
 * Intl too), with the formatters kept: luxon's own parsing, zones and look-ups were most of the
 * cost of each due time a scrolled board shows. Beijing is UTC+8 all year (T1).
 */
function formatMs(ms: number, locale: string, style: 'full' | 'short', zone: string): FormattedInstant {
  return {
    local: formatter(locale, style, zone).format(ms),
    beijing: formatter(locale, style, BEIJING).format(ms),
    sameZone: -new Date(ms).getTimezoneOffset() * MINUTE_MS === BEIJING_OFFSET_MS,
  };
}

/** Anything that is not an instant with an offset, as luxon reads it (in the laptop's zone). */
function formatWithLuxon(iso: string, locale: string, style: 'full' | 'short'): FormattedInstant {
  const at = DateTime.fromISO(iso).setLocale(locale);
  const local = at.toLocal();
  const beijing = at.setZone(BEIJING);
  return { local: local.toLocaleString(FORMATS[style]), beijing: beijing.toLocaleString(FORMATS[style]), sameZone: local.offset === beijing.offset };
}

/** One formatter per locale, style and zone (the laptop's named, so a formatter never changes zone). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: 'full' | 'short', timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${style} ${timeZone}`;
  let known = formatters.get(key);
  if (!known) {
    known = new Intl.DateTimeFormat(locale, { ...FORMATS[style], timeZone });
    formatters.set(key, known);
  }
  return known;
}

/** How long the laptop's zone, once read, is taken as still current. */
const ZONE_CHECK_MS = 1000;
let laptop = { zone: '', readAt: Number.NEGATIVE_INFINITY };

/**
 * The laptop's time zone, read again at most once a second: reading it builds a date formatter,
 * which cost more than the rest of a cached look-up (a scrolled board mounts a few due times each
 * frame). What is formatted a second after the zone changes is in the new zone.
 */
function laptopZone(): string {
  const now = performance.now();
  if (now - laptop.readAt >= ZONE_CHECK_MS) laptop = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  return laptop.zone;
}

/**
 * Instants formatted lately, by locale, style, instant and the laptop's zone: a board scrolled
 * back and forth formats the same due times again. Bounded.
 */
const formatted = new Map<string, FormattedInstant>();
const FORMATTED = 4096;

/** "1 h 05 min", "4 min 30 s", "2 d 10 h": how long until due, or past it; seconds only in the last hour. */
export function formatSpan(t: TFunction, remaining: Remaining): string {
  const { hours, minutes, seconds } = remaining;
  if (hours >= 24) return t('sla.span.days', { days: Math.floor(hours / 24), hours: hours % 24 });
  if (hours > 0) return t('sla.span.hours', { hours, minutes: String(minutes).padStart(2, '0') });
  return t('sla.span.minutes', { minutes, seconds: String(seconds).padStart(2, '0') });
}
