import { describe, expect, it } from 'vitest';

import { bookingItems } from './booking-items';
import type { TodayBooking } from './today-types';

const aBooking = (over: Partial<TodayBooking> = {}): TodayBooking => ({
  id: 'b1',
  partnerId: 'p1',
  kind: 'kea',
  status: 'booked',
  start: '2026-03-05',
  end: '2026-03-06',
  title: 'Launch',
  method: null,
  venueConfirmed: false,
  ...over,
});
const kinds = (b: TodayBooking, today = '2026-03-02') => bookingItems([b], today, () => 'Acme').map((i) => [i.kind, i.urgency]);

describe('bookings in the next 7 days', () => {
  it('from today to 7 days ahead, under way included, booked ones only', () => {
    expect(kinds(aBooking({ start: '2026-03-09', end: '2026-03-09' }))).toEqual([['booking-soon', 'week']]);
    expect(kinds(aBooking({ start: '2026-03-10', end: '2026-03-10' }))).toEqual([]);
    expect(kinds(aBooking({ start: '2026-03-01', end: '2026-03-02' }))).toEqual([['booking-soon', 'today']]);
    expect(kinds(aBooking({ start: '2026-03-01', end: '2026-03-01' }))).toEqual([]);
    expect(kinds(aBooking({ status: 'cancelled' }))).toEqual([]);
    expect(kinds(aBooking({ status: 'delivered' }))).toEqual([]);
  });

  it('carries the link to the booking and the rule of its kind', () => {
    expect(bookingItems([aBooking({ kind: 'consulting' })], '2026-03-02', () => 'Acme')[0]).toMatchObject({
      rule: 'B2',
      partnerName: 'Acme',
      title: 'Launch',
      target: { to: 'booking', bookingId: 'b1', partnerId: 'p1' },
    });
  });
});

describe('on-site training waiting for its venue (B3)', () => {
  const onsite = (over: Partial<TodayBooking> = {}) => aBooking({ kind: 'training', method: 'on-site', start: '2026-04-20', end: '2026-04-20', ...over });
  it('is shown until it is over, whatever how far ahead', () => {
    expect(kinds(onsite())).toEqual([['booking-unconfirmed', 'now']]);
    expect(kinds(onsite({ venueConfirmed: true }))).toEqual([]);
    expect(kinds(onsite({ method: 'online', venueConfirmed: false }))).toEqual([]);
    expect(kinds(onsite({ start: '2026-03-03', end: '2026-03-03' }))).toEqual([
      ['booking-unconfirmed', 'now'],
      ['booking-soon', 'week'],
    ]);
  });
});
