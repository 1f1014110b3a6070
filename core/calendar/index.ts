export type { CalendarDay, DayInfo, DayKind, HolidayCalendar, LocalizedName, YearRange } from './calendar-types';
export { calendarFromDates, weekdaysOnlyCalendar } from './calendar-builders';
export { calendarDiff, type DayChange, type DayRename, type ListKind, type YearDiff } from './calendar-diff';
export { checkCalendarImport, type CalendarImportCheck } from './calendar-import';
export { cnMainlandCalendar } from './cn-mainland';
export { COVERAGE_NOTICE_DAYS, coverageWarning, type CoverageWarning } from './coverage-warning';
export { mergeCalendars, type MergeResult } from './merge-calendars';
export { CALENDAR_TEXT_LIMITS, validateCalendarFile, type CalendarValidation, type FieldError, type FieldErrorReason } from './validate-calendar';
export {
  addWorkingDays,
  countWorkingDays,
  describeDay,
  isWorkingDay,
  isYearCovered,
  yearsBeyondCoverage,
} from './working-days';
export { addWorkingTime, workingTimeBetween } from './working-time';
