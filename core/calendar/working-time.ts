// T5: the working-time clock. Time runs only during working days, 00:00-24:00 Beijing.
import { addDays, beijingDateOf, beijingMidnight } from '../time';
import type { HolidayCalendar } from './calendar-types';
import { isWorkingDay } from './working-days';

// Far more days than any real gap between working days; stops a malformed calendar looping.
const MAX_DAYS = 20_000;

/** The instant at which `durationMs` of working time has run, starting at `startMs`. */
export function addWorkingTime(calendar: HolidayCalendar, startMs: number, durationMs: number): number {
  if (durationMs < 0) throw new RangeError('Working time cannot be negative');
  let t = startMs;
  let remaining = durationMs;
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const day = beijingDateOf(t);
    const dayEnd = beijingMidnight(addDays(day, 1));
    if (isWorkingDay(calendar, day)) {
      if (remaining <= dayEnd - t) return t + remaining;
      remaining -= dayEnd - t;
    } else if (remaining === 0) {
      return t;
    }
    t = dayEnd;
  }
  throw new RangeError('No working days found in the calendar');
}

/** Working time (ms) elapsed between two instants; 0 when `toMs` is not after `fromMs`. */
export function workingTimeBetween(calendar: HolidayCalendar, fromMs: number, toMs: number): number {
  let total = 0;
  let t = fromMs;
  while (t < toMs) {
    const day = beijingDateOf(t);
    const dayEnd = Math.min(beijingMidnight(addDays(day, 1)), toMs);
    if (isWorkingDay(calendar, day)) total += dayEnd - t;
    t = dayEnd;
  }
  return total;
}
