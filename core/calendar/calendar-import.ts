// T2: an imported calendar file is checked field by field, then laid over the shipped calendar.
import { calendarDiff, type YearDiff } from './calendar-diff';
import type { HolidayCalendar } from './calendar-types';
import { mergeCalendars } from './merge-calendars';
import { type FieldError, validateCalendarFile } from './validate-calendar';

export type CalendarImportCheck =
  | { readonly ok: true; readonly file: HolidayCalendar; readonly effective: HolidayCalendar; readonly changes: readonly YearDiff[] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Checks a parsed calendar file and says what it would change. An import replaces any earlier
 * import as a whole (the user keeps one file), so the changes are against the calendar in use now.
 */
export function checkCalendarImport(input: {
  readonly shipped: HolidayCalendar;
  readonly current: HolidayCalendar;
  readonly json: unknown;
}): CalendarImportCheck {
  const parsed = validateCalendarFile(input.json);
  if (!parsed.ok) return parsed;
  const merged = mergeCalendars(input.shipped, parsed.calendar);
  if (!merged.ok) return { ok: false, errors: [merged.error] };
  return { ok: true, file: parsed.calendar, effective: merged.calendar, changes: calendarDiff(input.current, merged.calendar) };
}
