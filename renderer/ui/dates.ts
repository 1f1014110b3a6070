import { DateTime } from 'luxon';

/** T1: "today" is the Beijing date, whatever zone the laptop is in. */
export function beijingToday(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone('Asia/Shanghai').toISODate() ?? '';
}

/** A Beijing date (YYYY-MM-DD) shown in the user's language: 1 Jul 2026 / 2026年7月1日. */
export function formatDate(date: string, locale: string): string {
  const key = `${locale} ${date}`;
  let known = formattedDates.get(key);
  if (known === undefined) {
    known = DateTime.fromISO(date, { zone: 'Asia/Shanghai' }).setLocale(locale).toLocaleString(DateTime.DATE_MED);
    if (formattedDates.size >= FORMATTED_DATES) formattedDates.clear();
    formattedDates.set(key, known);
  }
  return known;
}

/**
 * Dates shown lately, by locale and date: a long list scrolled (the bookings, many on each day)
 * shows the same dates again, and luxon's formatting was most of a row's script. Bounded.
 */
const formattedDates = new Map<string, string>();
const FORMATTED_DATES = 4096;

/** A half-open period [start, end) shown as its first and last day. */
export function formatPeriod(period: { start: string; end: string }, locale: string): string {
  const last = DateTime.fromISO(period.end).minus({ days: 1 }).toISODate() ?? period.end;
  return `${formatDate(period.start, locale)} – ${formatDate(last, locale)}`;
}

/** Every YYYY-MM-DD value of a sentence's data, shown as a date in the user's language. */
export function formatDatesIn(data: Readonly<Record<string, unknown>> = {}, locale: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, locale) : v]));
}
