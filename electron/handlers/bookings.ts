import { addDays, daysBetween } from '@core/time';

import { bookingsCalendar } from '../export/booking-ics';
import type { ChannelsOf } from '../ipc/contract';
import type { NewBookingRequest } from '../ipc/contract/bookings';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound, Refusal } from '../ipc/refusal';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import { checkBooking } from './booking-check';
import { askOf, bookingRecordOf, judgeBooking, refusalOf } from './booking-entry';
import { partnerBookings, todayOf } from './booking-records';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';
import { subscriptionOf } from './subscription-plans';
import { toWireBooking } from './wire-records';

const notAllowed = (record: StoredBooking, action: string, reason: string) =>
  new Refusal({
    code: 'BOOKING_ACTION_NOT_ALLOWED',
    message: `A ${record.status} booking cannot take the action ${action}.`,
    rule: 'B1',
    data: { status: record.status, action, reason },
  });

/** Checks a request against the partner's other bookings; throws the refusal, answers the record. */
function accept(
  ctx: HandlerContext,
  data: Readonly<DeskData>,
  request: NewBookingRequest,
  others: readonly StoredBooking[],
  history: { action: string; reason: string },
): StoredBooking {
  const today = todayOf(ctx);
  const verdict = judgeBooking({
    subscription: subscriptionOf(data, request.partnerId),
    calendar: calendarOf(data),
    bookings: others,
    ask: askOf(request),
    appliedOn: today,
  });
  if (!verdict.ok) throw refusalOf(verdict);
  return bookingRecordOf(request, { id: ctx.services.newId(), appliedOn: today, now: ctx.services.now().toISOString(), ...history });
}

/** The request a booking would be made with again, on new dates (a reschedule). */
function movedRequest(record: StoredBooking, start: string, end: string | undefined, startTime: string | undefined): NewBookingRequest {
  const common = { partnerId: record.partnerId, start, title: record.title, notes: record.notes };
  if (record.kind === 'kea') return { ...common, kind: 'kea', end: end ?? addDays(start, daysBetween(record.start, record.end)) };
  if (record.kind === 'consulting') return { ...common, kind: 'consulting', startTime: startTime ?? record.startTime ?? '09:00', hours: record.hours ?? 1 };
  return { ...common, kind: 'training', method: record.method ?? 'online', venue: record.venue, venueConfirmed: record.venueConfirmed, topics: record.topics };
}

export const bookingHandlers: HandlerMap<ChannelsOf<'bookings'>, HandlerContext> = {
  // Checked and built inside the write queue, so two requests cannot both take the last day (B1).
  'bookings/create': (request, ctx) =>
    ctx.store
      .put('bookings', (data) => accept(ctx, data, request, partnerBookings(ctx, request.partnerId), { action: 'booked', reason: '' }))
      .then(toWireBooking),

  'bookings/check': (draft, ctx) => checkBooking(draft, ctx),

  'bookings/list': ({ partnerId }, ctx) => {
    const all = ctx.store.collection('bookings').inMemory();
    return { today: todayOf(ctx), bookings: (partnerId ? all.filter((b) => b.partnerId === partnerId) : all).map(toWireBooking) };
  },

  'bookings/get': async ({ id }, ctx) => {
    const booking = await ctx.store.collection('bookings').get(id);
    if (!booking) throw notFound('booking', id);
    return toWireBooking(booking);
  },

  'bookings/update': ({ id, change }, ctx) =>
    ctx.store
      .putMany('bookings', async (data) => {
        const current = await ctx.store.collection('bookings').get(id);
        if (!current) throw notFound('booking', id);
        if (current.status !== 'booked') throw notAllowed(current, change.action, 'status');
        const today = todayOf(ctx);
        const entry = { at: ctx.services.now().toISOString(), action: change.action, reason: change.reason };
        if (change.action === 'deliver') {
          if (today < current.start) throw notAllowed(current, change.action, 'not-started');
          const delivered: StoredBooking = { ...current, status: 'delivered', history: [...current.history, entry] };
          return { items: [delivered], result: delivered };
        }
        // B1: the cancellation date decides whether KEA days come back (before the start: they do).
        const cancelled: StoredBooking = { ...current, status: 'cancelled', cancelledOn: today, history: [...current.history, entry] };
        if (change.action === 'cancel') return { items: [cancelled], result: cancelled };
        // A reschedule is a cancellation and a new booking, checked again: refused, nothing changes.
        // Both are one commit, even across two year files: never cancelled without the new one.
        const others = partnerBookings(ctx, current.partnerId).map((b) => (b.id === id ? cancelled : b));
        const moved = accept(ctx, data, movedRequest(current, change.start, change.end, change.startTime), others, {
          action: 'rescheduled',
          reason: change.reason,
        });
        return { items: [cancelled, moved], result: moved };
      })
      .then(toWireBooking),

  /** RFC 5545: the given bookings in one file, saved where the user chooses. */
  'bookings/export-ics': async ({ ids, language }, ctx) => {
    const bookings = ctx.store.collection('bookings');
    // A booking named twice is one entry: two events with one UID would make a calendar take the file for an update.
    const unique = [...new Set(ids)];
    const records = await Promise.all(
      unique.map(
        async (id) =>
          (await bookings.get(id)) ??
          (() => {
            throw notFound('booking', id);
          })(),
      ),
    );
    const names = new Map(ctx.store.read().partners.map((p) => [p.id, p.name]));
    const content = bookingsCalendar(records, names, language, ctx.services.now().toISOString());
    const name = records.length === 1 ? `booking-${records[0]!.start}` : `bookings-${todayOf(ctx)}`;
    const path = await ctx.services.saveFile(`${name}.ics`, content, [{ name: 'iCalendar', extensions: ['ics'] }]);
    return { path, count: records.length };
  },
};
