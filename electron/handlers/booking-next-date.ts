import { addWorkingDays, type HolidayCalendar } from '@core/calendar';
import type { DomainError } from '@core/errors';
import { addDays, type IsoDate, maxDate, nextMonthStart } from '@core/time';

/** The first working day on or after `date` (T2). */
const workingFrom = (calendar: HolidayCalendar, date: IsoDate) => addWorkingDays(calendar, addDays(date, -1), 1);

/**
 * The next date a refused booking could move to, where the rule names one; null where only
 * another choice helps (a shorter session, a confirmed venue, another plan). It is a suggestion
 * to try: the form checks the date again before anything is stored.
 */
export function nextPossibleDate(input: {
  error: DomainError;
  kind: 'kea' | 'consulting' | 'training';
  calendar: HolidayCalendar;
  earliest: IsoDate | null;
}): IsoDate | null {
  const { error, kind, calendar } = input;
  const data = error.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : null);
  // B2: consulting also needs a working day and its lead time (T4) on whatever date is offered.
  const fit = (date: IsoDate) => {
    const lead = input.earliest ? maxDate(date, input.earliest) : date;
    return kind === 'consulting' ? workingFrom(calendar, lead) : lead;
  };
  switch (error.code) {
    case 'LEAD_TIME_TOO_SHORT':
      return text('earliestStart');
    case 'NOT_A_WORKING_DAY': {
      const date = text('date');
      return date ? fit(addWorkingDays(calendar, date, 1)) : null;
    }
    case 'CONSULTING_MONTH_TAKEN':
    case 'TRAINING_MONTH_TAKEN': {
      const month = text('month');
      return month ? fit(nextMonthStart(month)) : null;
    }
    case 'KEA_QUOTA_EXCEEDED':
    case 'CONSULTING_YEAR_QUOTA_EXCEEDED':
    case 'ONSITE_TRAINING_TAKEN': {
      // B1-B3: the yearly allowance starts again with the next service year (S2).
      const end = text('serviceYearEnd');
      return end ? fit(end) : null;
    }
    default:
      return null;
  }
}
