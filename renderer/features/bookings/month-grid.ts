import { addDays, addMonths, dayOfWeek, daysInMonth, formatYmd, maxDate, minDate, monthEnd, monthStart, ymdOf } from '@core/time';

/**
 * The weeks of a month, Monday first, as rows of 7 dates; days outside the month are null so
 * the grid keeps its columns.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = monthStart(month);
  // dayOfWeek: 0 = Sunday … 6 = Saturday; Monday-first puts Sunday last.
  const lead = (dayOfWeek(first) + 6) % 7;
  const { year, month: m } = ymdOf(first);
  const cells: (string | null)[] = [...Array<null>(lead).fill(null), ...Array.from({ length: daysInMonth(month) }, (_, i) => formatYmd(year, m, i + 1))];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** The month before or after, as YYYY-MM. */
export function shiftMonth(month: string, by: -1 | 1): string {
  const first = monthStart(month);
  return (by === 1 ? addDays(`${month}-${String(daysInMonth(month)).padStart(2, '0')}`, 1) : addDays(first, -1)).slice(0, 7);
}

/** Whether a booking covers a date (B1: KEA start..end inclusive). */
export const covers = (booking: { start: string; end: string }, date: string) => booking.start <= date && date <= booking.end;

/**
 * WAI-ARIA grid keys on the month grid: the date a key moves the focus to, or null for any other
 * key. Arrows by day and week, Home/End to the week's first and last day of the month (Monday
 * first), Ctrl+Home/End to the month's, PageUp/PageDown to the same day a month away (clamped to
 * its last day). A date outside the month turns the calendar to its month.
 */
export function gridKeyTarget(date: string, key: string, ctrl = false): string | null {
  const weekday = (dayOfWeek(date) + 6) % 7; // Monday 0 … Sunday 6
  const first = monthStart(date);
  const last = monthEnd(date);
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return ctrl ? first : maxDate(first, addDays(date, -weekday));
    case 'End':
      return ctrl ? last : minDate(last, addDays(date, 6 - weekday));
    case 'PageUp':
      return addMonths(date, -1);
    case 'PageDown':
      return addMonths(date, 1);
    default:
      return null;
  }
}
