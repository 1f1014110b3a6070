export type { CalendarDay, DayInfo, DayKind, HolidayCalendar, LocalizedName, YearRange } from './calendar-types';
export { calendarFromDates, weekdaysOnlyCalendar } from './calendar-builders';
export { cnMainlandCalendar } from './cn-mainland';
export { validateCalendarFile, type CalendarValidation, type FieldError } from './validate-calendar';
export {
  addWorkingDays,
  countWorkingDays,
  describeDay,
  isWorkingDay,
  isYearCovered,
  yearsBeyondCoverage,
} from './working-days';
export { addWorkingTime, workingTimeBetween } from './working-time';
