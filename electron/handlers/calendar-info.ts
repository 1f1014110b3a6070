import { cnMainlandCalendar, coverageWarning, type HolidayCalendar } from '@core/calendar';
import { beijingDateOf, type IsoDate, ymdOf } from '@core/time';

import type { CalendarInfo, CalendarYear } from '../ipc/contract';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import { calendarOf } from './calendar-of';
import type { DeskStore, HandlerContext } from './context';

const yearOf = (date: IsoDate) => ymdOf(date).year;

/**
 * T2: the dates the app is counting working days over, each once: the clocks of cases still being
 * worked on (the ones kept in memory, so no file is read) and bookings not cancelled.
 */
export function datesInUse(store: DeskStore, bookings: readonly StoredBooking[] = store.collection('bookings').inMemory()): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const c of store.collection('cases').inMemory()) {
    dates.add(beijingDateOf(c.openedAt));
    dates.add(beijingDateOf(c.dueAt));
  }
  for (const b of bookings) {
    if (b.status === 'cancelled') continue;
    dates.add(b.start);
    dates.add(b.end);
  }
  return [...dates];
}

function yearsOf(calendar: HolidayCalendar, data: Readonly<DeskData>): CalendarYear[] {
  const range = calendar.years!;
  const imported = data.calendar?.file.years;
  return Array.from({ length: range.to - range.from + 1 }, (_, i) => {
    const year = range.from + i;
    const inYear = <T extends { date: IsoDate }>(days: readonly T[]) => days.filter((d) => yearOf(d.date) === year);
    return {
      year,
      from: imported && year >= imported.from && year <= imported.to ? 'imported' : 'shipped',
      holidays: inYear(calendar.holidays),
      workdays: inYear(calendar.workdays),
    };
  });
}

/** Everything the settings section and the coverage banner show about the calendar in use. */
export function calendarInfo(ctx: HandlerContext, data: Readonly<DeskData>): CalendarInfo {
  const calendar = calendarOf(data);
  // The shipped calendar always has a range (validateCalendarFile requires one), so the merge does.
  const shippedYears = cnMainlandCalendar.years!;
  const today = beijingDateOf(ctx.services.now().getTime());
  const warning = coverageWarning({ calendar, today, datesInUse: datesInUse(ctx.store) });
  const record = data.calendar;
  return {
    shipped: { id: cnMainlandCalendar.id, source: cnMainlandCalendar.source ?? null, years: shippedYears },
    imported: record
      ? { id: record.file.id, source: record.file.source ?? null, years: record.file.years, fileName: record.fileName, importedAt: record.importedAt }
      : null,
    coverage: calendar.years ?? shippedYears,
    years: yearsOf(calendar, data),
    uncoveredYearsInUse: [...warning.uncoveredYearsInUse],
    nextYearUncovered: warning.nextYearUncovered,
    nextYear: warning.nextYear ?? (calendar.years ?? shippedYears).to + 1,
  };
}
