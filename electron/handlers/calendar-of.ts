import { cnMainlandCalendar, type HolidayCalendar } from '../../core/calendar';
import type { DeskData } from '../store/desk-data';

/** T2: the holiday calendar every deadline and booking uses: the one the user keeps in the data. */
export function calendarOf(_data: Readonly<DeskData>): HolidayCalendar {
  return cnMainlandCalendar;
}
