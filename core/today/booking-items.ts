// B1-B3 / T4: bookings coming up, and on-site trainings still waiting for their venue.
import { addDays, type IsoDate } from '../time';
import type { TodayBooking, TodayItem } from './today-types';

/** Bookings starting within this many days (or under way) are shown. */
export const BOOKING_NOTICE_DAYS = 7;

/**
 * B3: an on-site training needs the partner's confirmed venue. Entry refuses one without it
 * (VENUE_REQUIRED), and T4 gives trainings no lead time, so one still unconfirmed (stored before
 * that check, or imported) is past any notice the vendor needs: it is shown until it is over.
 */
const waitsForVenue = (b: TodayBooking) => b.kind === 'training' && b.method === 'on-site' && !b.venueConfirmed;

export function bookingItems(bookings: readonly TodayBooking[], today: IsoDate, partnerName: (id: string) => string): TodayItem[] {
  const horizon = addDays(today, BOOKING_NOTICE_DAYS);
  const items: TodayItem[] = [];
  for (const b of bookings) {
    if (b.status !== 'booked' || b.end < today) continue;
    const common = {
      bookingId: b.id,
      bookingKind: b.kind,
      title: b.title,
      start: b.start,
      end: b.end,
      partnerId: b.partnerId,
      partnerName: partnerName(b.partnerId),
      when: b.start,
      target: { to: 'booking', bookingId: b.id, partnerId: b.partnerId },
    } as const;
    if (waitsForVenue(b)) items.push({ ...common, kind: 'booking-unconfirmed', id: `booking-unconfirmed:${b.id}`, rule: 'B3', urgency: 'now' });
    if (b.start <= horizon) {
      items.push({
        ...common,
        kind: 'booking-soon',
        id: `booking-soon:${b.id}`,
        rule: b.kind === 'kea' ? 'B1' : b.kind === 'consulting' ? 'B2' : 'B3',
        urgency: b.start <= today ? 'today' : 'week',
      });
    }
  }
  return items;
}
