// T2: the shipped mainland-China calendar (State Council notices, 2020-2026).
import type { HolidayCalendar } from './calendar-types';
// The import attribute lets plain Node ESM (the e2e runner) load the JSON as Vite does.
import calendarFile from './cn-mainland-calendar.json' with { type: 'json' };
import { validateCalendarFile } from './validate-calendar';

function load(): HolidayCalendar {
  const parsed = validateCalendarFile(calendarFile);
  // Shipped data is checked by unit tests; failing loudly here beats silently wrong deadlines.
  if (!parsed.ok) throw new Error(`Shipped calendar is invalid: ${parsed.errors.map((e) => e.path).join(', ')}`);
  return parsed.calendar;
}

export const cnMainlandCalendar: HolidayCalendar = load();
