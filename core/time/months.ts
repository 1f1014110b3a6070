// Calendar-month arithmetic on Beijing dates (S1, Q1, M8).
import { daysInMonthOf, formatYmd, type IsoDate, ymdOf } from './dates';

/** 'YYYY-MM' */
export type MonthKey = string;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** S1: calendar arithmetic, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = ymdOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatYmd(y, m, Math.min(day, daysInMonthOf(y, m)));
}

export function monthOf(date: IsoDate): MonthKey {
  ymdOf(date);
  return date.slice(0, 7);
}

export function monthStart(dateOrMonth: IsoDate | MonthKey): IsoDate {
  return `${dateOrMonth.slice(0, 7)}-01`;
}

export function monthEnd(dateOrMonth: IsoDate | MonthKey): IsoDate {
  const { year, month } = ymdOf(monthStart(dateOrMonth));
  return formatYmd(year, month, daysInMonthOf(year, month));
}

export function nextMonthStart(dateOrMonth: IsoDate | MonthKey): IsoDate {
  return addMonths(monthStart(dateOrMonth), 1);
}

export function previousMonth(month: MonthKey): MonthKey {
  return monthOf(addMonths(monthStart(month), -1));
}

export function daysInMonth(dateOrMonth: IsoDate | MonthKey): number {
  const { year, month } = ymdOf(monthStart(dateOrMonth));
  return daysInMonthOf(year, month);
}

/** "1 April 2026", for messages a manager reads. */
export function describeDate(date: IsoDate): string {
  const { year, month, day } = ymdOf(date);
  return `${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}

/** "March 2026" */
export function describeMonth(dateOrMonth: IsoDate | MonthKey): string {
  const { year, month } = ymdOf(monthStart(dateOrMonth));
  return `${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}
