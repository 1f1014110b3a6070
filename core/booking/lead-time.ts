// T4: bookings need n working days of notice.
import { addWorkingDays, type HolidayCalendar, yearsBeyondCoverage } from '../calendar';
import { planCatalog } from '../catalog';
import { type DomainWarning, fail, ok, type Result, warning } from '../errors';
import { describeDate, type IsoDate } from '../time';

export type LeadTimeKind = 'kea' | 'consulting';

/** T4: the earliest start date for a booking applied for on `appliedOn`. */
export function earliestStart(kind: LeadTimeKind, appliedOn: IsoDate, calendar: HolidayCalendar): IsoDate {
  return addWorkingDays(calendar, appliedOn, planCatalog.leadTimeWorkingDays[kind]);
}

/** T2: say so when a computation reaches a year the calendar does not cover. */
export function coverageWarnings(calendar: HolidayCalendar, from: IsoDate, to: IsoDate): DomainWarning[] {
  const years = yearsBeyondCoverage(calendar, from, to);
  if (years.length === 0) return [];
  return [
    warning(
      'CALENDAR_NOT_COVERED',
      'T2',
      `The holiday calendar has no data for ${years.join(', ')}; Monday to Friday was used for ${years.length > 1 ? 'those years' : 'that year'}.`,
      {
        years,
      },
    ),
  ];
}

/** T4: on time iff start >= addWorkingDays(appliedOn, n). */
export function checkLeadTime(kind: LeadTimeKind, appliedOn: IsoDate, start: IsoDate, calendar: HolidayCalendar): Result<IsoDate> {
  const earliest = earliestStart(kind, appliedOn, calendar);
  if (start < earliest) {
    const n = planCatalog.leadTimeWorkingDays[kind];
    return fail(
      'LEAD_TIME_TOO_SHORT',
      'T4',
      `Applications need ${n} working days of notice; applied on ${describeDate(appliedOn)}, the earliest start is ${describeDate(earliest)}.`,
      {
        appliedOn,
        earliestStart: earliest,
        workingDays: n,
      },
    );
  }
  return ok(earliest);
}
