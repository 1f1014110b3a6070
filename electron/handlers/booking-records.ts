import type { ConsultingSession, KeaBooking, TrainingBooking } from '@core/booking';
import { beijingDateOf } from '@core/time';

import type { StoredBooking } from '../store/records/bookings';
import type { HandlerContext } from './context';

/** B1-B3: stored bookings as core counts them (shared by the quotas view and the bookings). */
export function asCoreBookings(bookings: readonly StoredBooking[]) {
  const of = (kind: StoredBooking['kind']) => bookings.filter((b) => b.kind === kind);
  // B1: a KEA booking counts unless cancelled before its start, so its cancellation date decides.
  const kea: KeaBooking[] = of('kea').map((b) => ({ start: b.start, end: b.end, cancelledOn: b.cancelledOn }));
  // B2 / B3: cancelled sessions and trainings do not count at all.
  const consulting: ConsultingSession[] = of('consulting').map((b) => ({ date: b.start, hours: b.hours ?? 0, cancelled: b.status === 'cancelled' }));
  // B3: a training recorded without a method is taken as an organized online one.
  const trainings: TrainingBooking[] = of('training').map((b) => ({ date: b.start, method: b.method ?? 'online', cancelled: b.status === 'cancelled' }));
  return { kea, consulting, trainings };
}

export const partnerBookings = (ctx: HandlerContext, partnerId: string): StoredBooking[] =>
  ctx.store
    .collection('bookings')
    .inMemory()
    .filter((b) => b.partnerId === partnerId);

/** T4: "applied on" is the Beijing date of main's clock, never the page's. */
export const todayOf = (ctx: HandlerContext) => beijingDateOf(ctx.services.now().toISOString());
