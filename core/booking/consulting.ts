// B2: architecture consulting, one session a calendar month on a working day.
import { type HolidayCalendar, isWorkingDay } from '../calendar';
import { levelLabel, planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { levelOn, type ServiceYear, serviceYearOf, type Subscription } from '../subscription';
import { describeDate, describeMonth, type IsoDate, monthOf } from '../time';
import type { ConsultingRequest, ConsultingSession } from './booking-types';
import { checkLeadTime, coverageWarnings } from './lead-time';
import { planInForce } from './level-guard';

function active(sessions: readonly ConsultingSession[]): ConsultingSession[] {
  return sessions.filter((s) => s.cancelled !== true);
}

export function consultingSessionsUsed(sessions: readonly ConsultingSession[], year: ServiceYear): number {
  return active(sessions).filter((s) => s.date >= year.start && s.date < year.end).length;
}

export type ConsultingBalance = {
  readonly serviceYear: ServiceYear;
  readonly quota: number;
  readonly used: number;
  readonly left: number;
  readonly maxHours: number;
};

/** Screen helper: sessions left in the service year containing `date` (level on `date`). */
export function consultingBalance(subscription: Subscription, sessions: readonly ConsultingSession[], date: IsoDate): ConsultingBalance | null {
  const year = serviceYearOf(subscription, date);
  const level = levelOn(subscription, date);
  const consulting = level === null ? null : planOf(level).consulting;
  if (!year || !consulting) return null;
  const used = consultingSessionsUsed(sessions, year);
  return {
    serviceYear: year,
    quota: consulting.sessionsPerServiceYear,
    used,
    left: Math.max(0, consulting.sessionsPerServiceYear - used),
    maxHours: consulting.maxHours,
  };
}

export type ConsultingOutcome = { readonly sessionsLeftInServiceYear: number; readonly serviceYear: ServiceYear; readonly earliestStart: IsoDate };

export function checkConsultingBooking(input: {
  readonly subscription: Subscription;
  readonly calendar: HolidayCalendar;
  readonly sessions: readonly ConsultingSession[];
  readonly request: ConsultingRequest;
}): Result<ConsultingOutcome> {
  const { subscription, calendar, request } = input;
  if (!(request.hours > 0)) {
    return fail('INVALID_INPUT', 'B2', 'A consulting session must last more than zero hours.', { hours: request.hours });
  }
  const inForce = planInForce(subscription, request.date);
  if (!inForce.ok) return inForce;
  const { level, plan } = inForce.value;
  const consulting = plan.consulting;
  if (!consulting) {
    return fail('NOT_INCLUDED', 'B2', `${levelLabel(level)} does not include architecture consulting.`, { level, service: 'consulting' });
  }
  if (!isWorkingDay(calendar, request.date)) {
    return fail('NOT_A_WORKING_DAY', 'B2', `Consulting is delivered on working days; ${describeDate(request.date)} is not one.`, { date: request.date });
  }
  if (request.hours > consulting.maxHours) {
    return fail(
      'CONSULTING_TOO_LONG',
      'B2',
      `${levelLabel(level)} consulting sessions last up to ${consulting.maxHours} hours; ${request.hours} were asked for.`,
      { level, maxHours: consulting.maxHours, hours: request.hours },
    );
  }
  const lead = checkLeadTime('consulting', request.appliedOn, request.date, calendar);
  if (!lead.ok) return lead;
  const month = monthOf(request.date);
  const taken = active(input.sessions).find((s) => monthOf(s.date) === month);
  if (taken) {
    return fail(
      'CONSULTING_MONTH_TAKEN',
      'B2',
      `Consulting is delivered once a month; ${describeMonth(month)} already has a session on ${describeDate(taken.date)}.`,
      { month, takenOn: taken.date },
    );
  }
  const year = serviceYearOf(subscription, request.date);
  if (!year) throw new Error('A date with a level in force has a service year');
  const used = consultingSessionsUsed(input.sessions, year);
  if (used >= consulting.sessionsPerServiceYear) {
    return fail(
      'CONSULTING_YEAR_QUOTA_EXCEEDED',
      'B2',
      `${levelLabel(level)} includes ${consulting.sessionsPerServiceYear} consulting sessions a service year; all ${used} are used until ${describeDate(year.end)}.`,
      {
        level,
        quota: consulting.sessionsPerServiceYear,
        used,
        serviceYearStart: year.start,
        serviceYearEnd: year.end,
      },
    );
  }
  return ok(
    { sessionsLeftInServiceYear: consulting.sessionsPerServiceYear - used - 1, serviceYear: year, earliestStart: lead.value },
    coverageWarnings(calendar, request.appliedOn, request.date),
  );
}
