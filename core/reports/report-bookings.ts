// B1-B3: what was delivered in a month and what is still to come, for the service report.
import { addDays, daysBetween, type IsoDate, maxDate, minDate } from '../time';
import type { BookingLine, BookingsReport, ReportBooking } from './service-report-types';

/** B1: natural days of start..end (inclusive) that fall in [first, last]. */
function daysWithin(b: ReportBooking, first: IsoDate, last: IsoDate): number {
  const from = maxDate(b.start, first);
  const to = minDate(b.end, last);
  return to < from ? 0 : daysBetween(from, addDays(to, 1));
}

/**
 * Delivered: marked delivered and held (at least partly) in the month. Upcoming: still booked,
 * ending on or after the month's first day, so a session booked in the month but not yet marked
 * delivered is listed rather than lost. Cancelled bookings are only counted (B1-B3: they do not use
 * the quota, except KEA days cancelled on or after the start, which the quotas view shows).
 */
export function bookingsReport(bookings: readonly ReportBooking[], first: IsoDate, last: IsoDate): BookingsReport {
  const line = (b: ReportBooking): BookingLine => ({ ...b, daysInMonth: daysWithin(b, first, last) });
  const byStart = (a: ReportBooking, b: ReportBooking) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind);
  const delivered = bookings
    .filter((b) => b.status === 'delivered' && daysWithin(b, first, last) > 0)
    .toSorted(byStart)
    .map(line);
  const upcoming = bookings
    .filter((b) => b.status === 'booked' && b.end >= first)
    .toSorted(byStart)
    .map(line);
  const of = (kind: ReportBooking['kind']) => delivered.filter((b) => b.kind === kind);
  return {
    keaDays: of('kea').reduce((n, b) => n + b.daysInMonth, 0),
    consultingSessions: of('consulting').length,
    consultingHours: of('consulting').reduce((n, b) => n + (b.hours ?? 0), 0),
    trainings: of('training').length,
    delivered,
    upcoming,
    cancelled: bookings.filter((b) => b.status === 'cancelled' && daysWithin(b, first, last) > 0).length,
  };
}
