import { addDays, beijingDateOf, daysBetween } from '../../core/time';
import type { BookingRecord } from '../ipc/contract';
import type { NewBookingRequest } from '../ipc/contract/bookings';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import { askOf, bookingRecordOf, judgeBooking, refusalOf } from './booking-entry';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { subscriptionOf } from './subscription-plans';

export const partnerBookings = (ctx: HandlerContext, partnerId: string): BookingRecord[] =>
  ctx.store.collection('bookings').inMemory().filter((b) => b.partnerId === partnerId);

/** T4: "applied on" is the Beijing date of main's clock, never the page's. */
export const todayOf = (ctx: HandlerContext) => beijingDateOf(ctx.services.now().toISOString());

const notAllowed = (record: BookingRecord, action: string, reason: string) =>
  new Refusal({ code: 'BOOKING_ACTION_NOT_ALLOWED', message: `A ${record.status} booking cannot take the action ${action}.`, rule: 'B1', data: { status: record.status, action, reason } });

/** Checks a request against the partner's other bookings; throws the refusal, answers the record. */
function accept(ctx: HandlerContext, data: Readonly<DeskData>, request: NewBookingRequest, others: readonly BookingRecord[], history: { action: string; reason: string }): BookingRecord {
  const today = todayOf(ctx);
  const verdict = judgeBooking({ subscription: subscriptionOf(data, request.partnerId), calendar: calendarOf(data), bookings: others, ask: askOf(request), appliedOn: today });
  if (!verdict.ok) throw refusalOf(verdict);
  return bookingRecordOf(request, { id: ctx.services.newId(), appliedOn: today, now: ctx.services.now().toISOString(), ...history });
}

/** The request a booking would be made with again, on new dates (a reschedule). */
function movedRequest(record: BookingRecord, start: string, end: string | undefined, startTime: string | undefined): NewBookingRequest {
  const common = { partnerId: record.partnerId, start, title: record.title, notes: record.notes };
  if (record.kind === 'kea') return { ...common, kind: 'kea', end: end ?? addDays(start, daysBetween(record.start, record.end)) };
  if (record.kind === 'consulting') return { ...common, kind: 'consulting', startTime: startTime ?? record.startTime ?? '09:00', hours: record.hours ?? 1 };
  return { ...common, kind: 'training', method: record.method ?? 'online', venue: record.venue, venueConfirmed: record.venueConfirmed, topics: record.topics };
}

export const bookingHandlers: HandlerMap<'bookings/create' | 'bookings/list' | 'bookings/update', HandlerContext> = {
  // Checked and built inside the write queue, so two requests cannot both take the last day (B1).
  'bookings/create': (request, ctx) =>
    ctx.store.put('bookings', (data) => accept(ctx, data, request, partnerBookings(ctx, request.partnerId), { action: 'booked', reason: '' })),

  'bookings/list': ({ partnerId }, ctx) => {
    const all = ctx.store.collection('bookings').inMemory();
    return { today: todayOf(ctx), bookings: partnerId ? all.filter((b) => b.partnerId === partnerId) : all };
  },

  'bookings/update': ({ id, change }, ctx) =>
    ctx.store.putMany('bookings', async (data) => {
      const current = await ctx.store.collection('bookings').get(id);
      if (!current) throw notFound('booking', id);
      if (current.status !== 'booked') throw notAllowed(current, change.action, 'status');
      const today = todayOf(ctx);
      const entry = { at: ctx.services.now().toISOString(), action: change.action, reason: change.reason };
      if (change.action === 'deliver') {
        if (today < current.start) throw notAllowed(current, change.action, 'not-started');
        const delivered: BookingRecord = { ...current, status: 'delivered', history: [...current.history, entry] };
        return { items: [delivered], result: delivered };
      }
      // B1: the cancellation date decides whether KEA days come back (before the start: they do).
      const cancelled: BookingRecord = { ...current, status: 'cancelled', cancelledOn: today, history: [...current.history, entry] };
      if (change.action === 'cancel') return { items: [cancelled], result: cancelled };
      // A reschedule is a cancellation and a new booking, checked again: refused, nothing changes.
      // Both are one commit, even across two year files: never cancelled without the new one.
      const others = partnerBookings(ctx, current.partnerId).map((b) => (b.id === id ? cancelled : b));
      const moved = accept(ctx, data, movedRequest(current, change.start, change.end, change.startTime), others, { action: 'rescheduled', reason: change.reason });
      return { items: [cancelled, moved], result: moved };
    }),
};
