import { addDays } from '@core/time';
import type { BookingCheck, BookingRecord } from '@main/ipc/contract';

import { ask, partnersOnPlan, pickOrNull, type Planner, type StreamContext, todayOf } from './stream-context';

type Kind = BookingRecord['kind'];

/** The fields of a booking of `kind` from `start`, as bookings/create and bookings/check take them. */
function bookingFields(ctx: StreamContext, kind: Kind, start: string) {
  if (kind === 'kea') return { kind, start, end: addDays(start, ctx.random.int(0, 1)) };
  if (kind === 'consulting') return { kind, start, startTime: ctx.random.pick(['09:30', '14:00']), hours: ctx.random.int(1, 4) };
  return {
    kind,
    start,
    method: ctx.random.pick(['online', 'telepresence', 'on-site'] as const),
    topics: [ctx.random.pick(['compute', 'network', 'security'] as const)],
  };
}

/**
 * A start the lead time allows (T4), moved to the next date the rules allow when the first is
 * refused. Now and then early next year, so a reschedule moves a booking between year files.
 */
async function startFor(ctx: StreamContext, draft: { partnerId: string; kind: Kind; replacing?: string }): Promise<string | null> {
  const first = await ask<BookingCheck>(ctx, 'bookings/check', draft);
  if (!first || first.level === null) return null;
  const earliest = first.earliest ?? addDays(todayOf(ctx), 1);
  const nextYear = `${Number(earliest.slice(0, 4)) + 1}-01-04`;
  const start = addDays(ctx.random.chance(0.2) && nextYear > earliest ? nextYear : earliest, ctx.random.int(0, 30));
  const checked = await ask<BookingCheck>(ctx, 'bookings/check', { ...draft, ...bookingFields(ctx, draft.kind, start) });
  return checked?.refusal && checked.nextDate ? checked.nextDate : start;
}

export const createBooking: Planner = async (ctx) => {
  const onPlan = pickOrNull(ctx, partnersOnPlan(ctx));
  if (!onPlan) return null;
  const partnerId = onPlan.partner.id;
  const kind = ctx.random.pick(['kea', 'consulting', 'training'] as const);
  const start = await startFor(ctx, { partnerId, kind });
  if (!start) return null;
  const tag = ctx.tag(ctx.seq);
  return {
    change: { kind: 'booking-create', tag },
    channel: 'bookings/create',
    request: { partnerId, ...bookingFields(ctx, kind, start), title: `Booking ${tag}`, notes: tag },
  };
};

/**
 * Cancel, deliver (refused before its start) or reschedule a booked one. A reschedule cancels
 * the booking and makes a new one in one write of the year files involved; both carry the tag
 * as their history's reason, so the parent can tell whether it landed whole.
 */
export const updateBooking: Planner = async (ctx) => {
  const booked = pickOrNull(
    ctx,
    ctx.desk.store
      .collection('bookings')
      .inMemory()
      .filter((b) => b.status === 'booked'),
  );
  if (!booked) return null;
  const tag = ctx.tag(ctx.seq);
  const action = ctx.random.weighted({ cancel: 2, deliver: 2, reschedule: 5 });
  if (action !== 'reschedule') {
    return {
      change: { kind: 'booking-update', bookingId: booked.id, action },
      channel: 'bookings/update',
      request: { id: booked.id, change: { action, reason: tag } },
    };
  }
  const start = await startFor(ctx, { partnerId: booked.partnerId, kind: booked.kind, replacing: booked.id });
  if (!start) return null;
  return {
    change: { kind: 'reschedule', bookingId: booked.id, tag },
    channel: 'bookings/update',
    request: { id: booked.id, change: { action, start, reason: tag } },
  };
};
