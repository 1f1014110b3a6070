import type { BookingRecord } from '@main/ipc/contract';

let next = 0;

/** A booking record as the store keeps it, with fixed defaults: a one-day online training, booked. */
export const aBooking = (partnerId: string, overrides: Partial<BookingRecord> = {}): BookingRecord => ({
  id: `booking-${++next}`,
  partnerId,
  kind: 'training',
  status: 'booked',
  appliedOn: '2026-01-05',
  start: '2026-03-03',
  end: overrides.start ?? '2026-03-03',
  startTime: null,
  hours: null,
  method: overrides.kind === undefined || overrides.kind === 'training' ? 'online' : null,
  venue: '',
  venueConfirmed: false,
  topics: [],
  title: '',
  notes: '',
  cancelledOn: null,
  history: [{ at: '2026-01-05T02:00:00Z', action: 'booked', reason: '' }],
  ...overrides,
});
