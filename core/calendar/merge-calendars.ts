// T2: the effective calendar is the shipped one with the user's imported file laid over it.
import { ymdOf } from '../time';
import type { CalendarDay, HolidayCalendar, YearRange } from './calendar-types';
import type { FieldError } from './validate-calendar';

export type MergeResult = { readonly ok: true; readonly calendar: HolidayCalendar } | { readonly ok: false; readonly error: FieldError };

const inRange = (range: YearRange) => (day: CalendarDay) => ymdOf(day.date).year >= range.from && ymdOf(day.date).year <= range.to;
const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : 1);

/**
 * The imported file's years replace the shipped lists for those years and extend the coverage;
 * other years stay as shipped. Coverage is one `years` range (isYearCovered reads it), so a file
 * that would leave a year between the two without data is refused rather than given a gap that
 * would silently count as "covered" with no holidays (decision 2).
 */
export function mergeCalendars(shipped: HolidayCalendar, imported: HolidayCalendar): MergeResult {
  const fileYears = imported.years;
  if (!fileYears) return { ok: false, error: { path: 'years', reason: 'years', message: 'years must say which years the file covers' } };
  const base = shipped.years;
  if (base && (fileYears.from > base.to + 1 || fileYears.to < base.from - 1)) {
    const message =
      fileYears.from > base.to + 1
        ? `The file covers ${fileYears.from}-${fileYears.to}, but the shipped calendar ends with ${base.to}: the file must start no later than ${base.to + 1} so no year is left without holidays`
        : `The file covers ${fileYears.from}-${fileYears.to}, but the shipped calendar starts with ${base.from}: the file must reach ${base.from - 1} so no year is left without holidays`;
    return {
      ok: false,
      error: { path: 'years', reason: 'years-gap', data: { from: fileYears.from, to: fileYears.to, first: base.from, last: base.to }, message },
    };
  }
  const keep = (day: CalendarDay) => !inRange(fileYears)(day);
  return {
    ok: true,
    calendar: {
      id: `${shipped.id}+${imported.id}`,
      ...((imported.source ?? shipped.source) ? { source: imported.source ?? shipped.source } : {}),
      years: base ? { from: Math.min(base.from, fileYears.from), to: Math.max(base.to, fileYears.to) } : null,
      holidays: [...shipped.holidays.filter(keep), ...imported.holidays.filter(inRange(fileYears))].sort(byDate),
      workdays: [...shipped.workdays.filter(keep), ...imported.workdays.filter(inRange(fileYears))].sort(byDate),
    },
  };
}
