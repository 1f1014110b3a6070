// B1 / B2: what a cancellation gives back.
import { eachDate, type IsoDate } from '../time';
import type { KeaBooking } from './booking-types';

export type KeaCancellation = { readonly booking: KeaBooking; readonly daysReturned: number };

/** B1: cancelled before its start date, all its days come back; on or after it, none do. */
export function cancelKeaBooking(booking: KeaBooking, cancelledOn: IsoDate): KeaCancellation {
  const daysReturned = cancelledOn < booking.start ? eachDate(booking.start, booking.end).length : 0;
  return { booking: { ...booking, cancelledOn }, daysReturned };
}
