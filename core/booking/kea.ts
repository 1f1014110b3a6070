// B1: Key Event Assurance, natural days per service year on yearly subscriptions.
import type { HolidayCalendar } from '../calendar';
import { levelLabel, planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { levelOn, type ServiceYear, serviceYearOf, type Subscription } from '../subscription';
import { describeDate, eachDate, type IsoDate } from '../time';
import type { KeaBooking, KeaRequest } from './booking-types';
import { checkLeadTime, coverageWarnings } from './lead-time';
import { planInForce } from './level-guard';

/** B1: cancelled before its start date, a booking's days come back; otherwise they stay used. */
export function keaBookingCounts(booking: KeaBooking): boolean {
  return booking.cancelledOn === undefined || booking.cancelledOn === null || booking.cancelledOn >= booking.start;
}

/** B1: days used in a service year; each day counts in the service year that contains it. */
export function keaDaysUsed(bookings: readonly KeaBooking[], year: ServiceYear): number {
  return bookings.filter(keaBookingCounts).reduce((sum, b) => sum + eachDate(b.start, b.end).filter((d) => d >= year.start && d < year.end).length, 0);
}

export type KeaBalance = { readonly serviceYear: ServiceYear; readonly quota: number; readonly used: number; readonly left: number };

/** Screen helper: the service year containing `date`, its quota (level on `date`) and days left. */
export function keaBalance(subscription: Subscription, bookings: readonly KeaBooking[], date: IsoDate): KeaBalance | null {
  const year = serviceYearOf(subscription, date);
  const level = levelOn(subscription, date);
  if (!year || level === null || subscription.billing !== 'yearly') return null;
  const quota = planOf(level).keaDaysPerServiceYear;
  const used = keaDaysUsed(bookings, year);
  return { serviceYear: year, quota, used, left: Math.max(0, quota - used) };
}

export type KeaOutcome = { readonly days: number; readonly daysLeftInServiceYear: number; readonly serviceYear: ServiceYear; readonly earliestStart: IsoDate };

export function checkKeaBooking(input: {
  readonly subscription: Subscription;
  readonly calendar: HolidayCalendar;
  readonly bookings: readonly KeaBooking[];
  readonly request: KeaRequest;
}): Result<KeaOutcome> {
  const { subscription, calendar, request } = input;
  if (request.end < request.start) {
    return fail('INVALID_INPUT', 'B1', 'The last day of the event cannot be before its first day.', { start: request.start, end: request.end });
  }
  const inForce = planInForce(subscription, request.start, request.end);
  if (!inForce.ok) return inForce;
  const { level, plan } = inForce.value;
  if (plan.keaDaysPerServiceYear === 0) {
    return fail('NOT_INCLUDED', 'B1', `${levelLabel(level)} does not include Key Event Assurance.`, { level, service: 'kea' });
  }
  if (subscription.billing !== 'yearly') {
    return fail('YEARLY_SUBSCRIPTION_ONLY', 'B1', 'Key Event Assurance days come with yearly subscriptions only; this partner pays monthly.', {
      level,
      billing: subscription.billing,
    });
  }
  const lead = checkLeadTime('kea', request.appliedOn, request.start, calendar);
  if (!lead.ok) return lead;

  const quota = plan.keaDaysPerServiceYear;
  const requested = eachDate(request.start, request.end);
  let startYear: { year: ServiceYear; left: number } | null = null;
  const checked = new Set<number>();
  // B1: each day counts in its own service year, against the quota of the level on the start date.
  for (const date of requested) {
    const year = serviceYearOf(subscription, date);
    if (!year || checked.has(year.index)) continue;
    checked.add(year.index);
    const used = keaDaysUsed(input.bookings, year);
    const asked = requested.filter((d) => d >= year.start && d < year.end).length;
    if (used + asked > quota) {
      return fail(
        'KEA_QUOTA_EXCEEDED',
        'B1',
        `${levelLabel(level)} includes ${quota} Key Event Assurance days a service year (${describeDate(year.start)} to ${describeDate(year.end)}, exclusive); ${used} are used and ${asked} more were asked for.`,
        {
          level,
          quota,
          used,
          requested: asked,
          serviceYearStart: year.start,
          serviceYearEnd: year.end,
        },
      );
    }
    if (!startYear) startYear = { year, left: quota - used - asked };
  }
  if (!startYear) throw new Error('A booking in force has a service year');
  return ok(
    { days: requested.length, daysLeftInServiceYear: startYear.left, serviceYear: startYear.year, earliestStart: lead.value },
    coverageWarnings(calendar, request.appliedOn, request.start),
  );
}
