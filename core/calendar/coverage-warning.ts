// T2: "for a year the calendar does not cover, Monday to Friday is used and the screen says so."
import { daysBetween, formatYmd, type IsoDate, ymdOf } from '../time';
import type { HolidayCalendar } from './calendar-types';
import { isYearCovered } from './working-days';

/** How long before the covered years end the app starts asking for next year's calendar. */
export const COVERAGE_NOTICE_DAYS = 60;

export type CoverageWarning = {
  /** Uncovered years that today, an open case's clock or a booking falls in, ascending. */
  readonly uncoveredYearsInUse: readonly number[];
  /** Today is within COVERAGE_NOTICE_DAYS of the end of the covered years. */
  readonly nextYearUncovered: boolean;
  /** The first year after the covered ones (null for a calendar that covers every year). */
  readonly nextYear: number | null;
};

/**
 * Which uncovered years the app is working with. Today counts as in use: a clock started today
 * runs on today's calendar. The State Council publishes next year's holidays in late autumn,
 * hence the early notice.
 */
export function coverageWarning(input: {
  readonly calendar: HolidayCalendar;
  readonly today: IsoDate;
  readonly datesInUse: readonly IsoDate[];
}): CoverageWarning {
  const { calendar, today } = input;
  const years = new Set([today, ...input.datesInUse].map((d) => ymdOf(d).year));
  const uncoveredYearsInUse = [...years].filter((y) => !isYearCovered(calendar, y)).sort((a, b) => a - b);
  if (!calendar.years) return { uncoveredYearsInUse, nextYearUncovered: false, nextYear: null };
  const nextYear = calendar.years.to + 1;
  const untilEnd = daysBetween(today, formatYmd(nextYear, 1, 1));
  return { uncoveredYearsInUse, nextYearUncovered: untilEnd > 0 && untilEnd <= COVERAGE_NOTICE_DAYS, nextYear };
}
