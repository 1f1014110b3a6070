import { checkConsultingBooking, checkKeaBooking, checkTrainingBooking, earliestStart } from '@core/booking';
import type { HolidayCalendar } from '@core/calendar';
import type { TrainingMethod, TrainingTopic } from '@core/catalog';
import type { DomainError, DomainWarning } from '@core/errors';
import type { Subscription } from '@core/subscription';
import type { IsoDate } from '@core/time';

import type { NewBookingRequest } from '../ipc/contract/bookings';
import { refuse } from '../ipc/refusal';
import type { StoredBooking } from '../store/records/bookings';
import { nextPossibleDate } from './booking-next-date';
import { asCoreBookings } from './booking-records';

/** What a booking asks for, whichever kind: one shape for the check and the save. */
export type BookingAsk = {
  kind: StoredBooking['kind'];
  start: IsoDate;
  end: IsoDate;
  hours: number | null;
  method: TrainingMethod | null;
  venueConfirmed: boolean;
  topics: readonly TrainingTopic[];
};

export type BookingVerdict = { ok: true; warnings: readonly DomainWarning[] } | { ok: false; error: DomainError; nextDate: IsoDate | null };

/** T4: the earliest start the lead time allows for a kind (trainings have none, DECISIONS 15). */
export const earliestFor = (kind: StoredBooking['kind'], appliedOn: IsoDate, calendar: HolidayCalendar): IsoDate | null =>
  kind === 'training' ? null : earliestStart(kind, appliedOn, calendar);

/**
 * B1-B4 and T4 through core's checks, against the partner's other bookings; a refusal comes with
 * the next date the rule allows, where it names one.
 */
export function judgeBooking(input: {
  subscription: Subscription;
  calendar: HolidayCalendar;
  bookings: readonly StoredBooking[];
  ask: BookingAsk;
  appliedOn: IsoDate;
}): BookingVerdict {
  const { subscription, calendar, ask, appliedOn } = input;
  const core = asCoreBookings(input.bookings);
  const result =
    ask.kind === 'kea'
      ? checkKeaBooking({ subscription, calendar, bookings: core.kea, request: { appliedOn, start: ask.start, end: ask.end } })
      : ask.kind === 'consulting'
        ? checkConsultingBooking({ subscription, calendar, sessions: core.consulting, request: { appliedOn, date: ask.start, hours: ask.hours ?? 0 } })
        : checkTrainingBooking({
            subscription,
            trainings: core.trainings,
            request: { date: ask.start, method: ask.method ?? 'online', venueConfirmed: ask.venueConfirmed, topics: ask.topics },
          });
  if (result.ok) return { ok: true, warnings: result.warnings };
  const nextDate = nextPossibleDate({ error: result.error, kind: ask.kind, calendar, earliest: earliestFor(ask.kind, appliedOn, calendar) });
  return { ok: false, error: result.error, nextDate };
}

/** A refusal as the page reads it: the rule's data plus the next possible date, if any. */
export const refusalOf = (verdict: Extract<BookingVerdict, { ok: false }>) =>
  refuse(verdict.nextDate ? { ...verdict.error, data: { ...verdict.error.data, nextDate: verdict.nextDate } } : verdict.error);

export const askOf = (request: NewBookingRequest): BookingAsk => ({
  kind: request.kind,
  start: request.start,
  // B1: KEA is start..end inclusive; consulting and trainings take one day.
  end: request.kind === 'kea' ? request.end : request.start,
  hours: request.kind === 'consulting' ? request.hours : null,
  method: request.kind === 'training' ? request.method : null,
  venueConfirmed: request.kind === 'training' && request.venueConfirmed,
  topics: request.kind === 'training' ? request.topics : [],
});

/** The record to store for an accepted request. */
export function bookingRecordOf(
  request: NewBookingRequest,
  input: { id: string; appliedOn: IsoDate; now: string; action?: string; reason?: string },
): StoredBooking {
  const ask = askOf(request);
  return {
    id: input.id,
    partnerId: request.partnerId,
    kind: request.kind,
    status: 'booked',
    appliedOn: input.appliedOn,
    start: ask.start,
    end: ask.end,
    startTime: request.kind === 'consulting' ? request.startTime : null,
    hours: ask.hours,
    method: ask.method,
    venue: request.kind === 'training' ? request.venue : '',
    venueConfirmed: ask.venueConfirmed,
    topics: [...ask.topics],
    title: request.title,
    notes: request.notes,
    cancelledOn: null,
    history: [{ at: input.now, action: input.action ?? 'booked', reason: input.reason ?? '' }],
  };
}
