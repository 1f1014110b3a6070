// T2 working days and T3 addWorkingDays.
import { addDays, type IsoDate, isWeekend, ymdOf } from '../time';
import type { DayInfo, HolidayCalendar, LocalizedName } from './calendar-types';

type Index = { holidays: Map<IsoDate, LocalizedName | null>; workdays: Map<IsoDate, LocalizedName | null> };

// Calendars are immutable values; indexing each once keeps day loops cheap without hidden state.
const indexes = new WeakMap<HolidayCalendar, Index>();

function indexOf(calendar: HolidayCalendar): Index {
  let index = indexes.get(calendar);
  if (!index) {
    index = {
      holidays: new Map(calendar.holidays.map((d) => [d.date, d.name ?? null])),
      workdays: new Map(calendar.workdays.map((d) => [d.date, d.name ?? null])),
    };
    indexes.set(calendar, index);
  }
  return index;
}

export function isYearCovered(calendar: HolidayCalendar, year: number): boolean {
  return calendar.years === null || (year >= calendar.years.from && year <= calendar.years.to);
}

export function describeDay(calendar: HolidayCalendar, date: IsoDate): DayInfo {
  const weekend = isWeekend(date);
  if (!isYearCovered(calendar, ymdOf(date).year)) {
    // T2: a year the calendar does not cover falls back to Monday to Friday.
    return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', name: null, beyondCoverage: true };
  }
  const index = indexOf(calendar);
  if (index.workdays.has(date)) {
    return { date, working: true, kind: 'make-up-workday', name: index.workdays.get(date) ?? null, beyondCoverage: false };
  }
  if (index.holidays.has(date)) {
    return { date, working: false, kind: 'holiday', name: index.holidays.get(date) ?? null, beyondCoverage: false };
  }
  return { date, working: !weekend, kind: weekend ? 'weekend' : 'weekday', name: null, beyondCoverage: false };
}

/** T2: Monday to Friday, minus public holidays, plus make-up working days. */
export function isWorkingDay(calendar: HolidayCalendar, date: IsoDate): boolean {
  return describeDay(calendar, date).working;
}

/**
 * T3: the n-th working day strictly after `date` (n = 0 gives `date` back; a negative n counts
 * backwards, strictly before).
 */
export function addWorkingDays(calendar: HolidayCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(calendar, current)) left -= 1;
  }
  return current;
}

/** The years between two dates (inclusive) the calendar has no data for (T2: say so on screen). */
export function yearsBeyondCoverage(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  const [a, b] = from <= to ? [from, to] : [to, from];
  for (let y = ymdOf(a).year; y <= ymdOf(b).year; y += 1) if (!isYearCovered(calendar, y)) years.push(y);
  return years;
}

/** Working days in the inclusive range start..end. */
export function countWorkingDays(calendar: HolidayCalendar, start: IsoDate, end: IsoDate): number {
  let count = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) count += 1;
  return count;
}
