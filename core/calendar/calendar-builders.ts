import type { IsoDate } from '../time';
import type { HolidayCalendar } from './calendar-types';

/** Monday to Friday only: the calendar a conformance case means when it gives none. */
export const weekdaysOnlyCalendar: HolidayCalendar = { id: 'mon-fri', years: null, holidays: [], workdays: [] };

/** A calendar from plain date lists, applying to every year (case-format.md `calendar`). */
export function calendarFromDates(lists: { readonly holidays?: readonly IsoDate[]; readonly workdays?: readonly IsoDate[] }, id = 'custom'): HolidayCalendar {
  return {
    id,
    years: null,
    holidays: (lists.holidays ?? []).map((date) => ({ date })),
    workdays: (lists.workdays ?? []).map((date) => ({ date })),
  };
}
