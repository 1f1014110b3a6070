import { cnMainlandCalendar, type HolidayCalendar, mergeCalendars } from '@core/calendar';

import type { DeskData } from '../store/desk-data';
import type { StoredCalendar } from '../store/records/calendar';

// The stored record only changes on import or reset, so each one is merged once; the merged
// value is then the same object across requests, which keeps working-days' day index warm.
const merged = new WeakMap<StoredCalendar, HolidayCalendar>();

/**
 * T2: the holiday calendar every deadline and booking uses: the shipped one with the user's
 * imported file laid over it (its years replace the shipped ones and extend the coverage).
 */
export function calendarOf(data: Readonly<DeskData>): HolidayCalendar {
  const record = data.calendar;
  if (!record) return cnMainlandCalendar;
  let calendar = merged.get(record);
  if (!calendar) {
    const result = mergeCalendars(cnMainlandCalendar, record.file);
    // The import refused files that leave a gap, and later apps ship more years, not fewer.
    calendar = result.ok ? result.calendar : cnMainlandCalendar;
    merged.set(record, calendar);
  }
  return calendar;
}
