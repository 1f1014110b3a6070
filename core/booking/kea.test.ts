import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { cnMainlandCalendar } from '../calendar';
import { cancelKeaBooking } from './cancellation';
import { checkKeaBooking, keaBalance } from './kea';

type Input = Parameters<typeof checkKeaBooking>[0];
const book = (input: Partial<Omit<Input, 'request'>> & { request?: Partial<Input['request']> }) =>
  checkKeaBooking({
    subscription: aSubscription(),
    calendar: calendar2026,
    bookings: [],
    ...input,
    request: { appliedOn: '2026-03-02', start: '2026-03-09', end: '2026-03-10', ...input.request },
  });
const outcome = (r: ReturnType<typeof checkKeaBooking>) => (r.ok ? r.value.daysLeftInServiceYear : r.error.code);

describe('B1 Key Event Assurance', () => {
  it('counts natural days, weekends included', () => {
    expect(outcome(book({ request: { start: '2026-03-13', end: '2026-03-15' } }))).toBe(1); // Fri-Sun
  });

  it('T4: needs 5 working days of notice, holidays skipped', () => {
    expect(outcome(book({ request: { start: '2026-03-06', end: '2026-03-06' } }))).toBe('LEAD_TIME_TOO_SHORT');
    // Applied 30 Sep: 8, 9, 10 (make-up Saturday), 12, 13 October → earliest 13 October.
    expect(outcome(book({ request: { appliedOn: '2026-09-30', start: '2026-10-12', end: '2026-10-12' } }))).toBe('LEAD_TIME_TOO_SHORT');
    expect(outcome(book({ request: { appliedOn: '2026-09-30', start: '2026-10-13', end: '2026-10-13' } }))).toBe(3);
  });

  it('refuses over the yearly quota; days cancelled before the start come back', () => {
    const used = [{ start: '2026-04-10', end: '2026-04-12' }];
    const request = { appliedOn: '2026-05-06', start: '2026-06-01', end: '2026-06-02' };
    expect(outcome(book({ bookings: used, request }))).toBe('KEA_QUOTA_EXCEEDED');
    expect(outcome(book({ bookings: [{ ...used[0]!, cancelledOn: '2026-04-09' }], request }))).toBe(2);
    expect(outcome(book({ bookings: [{ ...used[0]!, cancelledOn: '2026-04-10' }], request }))).toBe('KEA_QUOTA_EXCEEDED');
  });

  it('counts each day in its own service year', () => {
    const sub = aSubscription({ level: 'standard', start: '2026-01-01' });
    const bookings = [{ start: '2026-06-01', end: '2026-06-04' }]; // 2026 service year full
    // 31 Dec 2026 is in the full year: refused; 1-2 Jan 2027 is a new year.
    expect(outcome(book({ subscription: sub, bookings, request: { appliedOn: '2026-12-01', start: '2026-12-31', end: '2027-01-01' } }))).toBe(
      'KEA_QUOTA_EXCEEDED',
    );
    expect(outcome(book({ subscription: sub, bookings, request: { appliedOn: '2026-12-01', start: '2027-01-01', end: '2027-01-02' } }))).toBe(2);
  });

  it('refuses Basic, monthly billing and dates without a plan', () => {
    expect(outcome(book({ subscription: aSubscription({ level: 'basic' }) }))).toBe('NOT_INCLUDED');
    expect(outcome(book({ subscription: aSubscription({ level: 'premier', billing: 'monthly' }) }))).toBe('YEARLY_SUBSCRIPTION_ONLY');
    expect(outcome(book({ subscription: aSubscription({ changes: [{ from: '2026-03-10', level: null }] }) }))).toBe('NO_ACTIVE_SUBSCRIPTION');
    expect(outcome(book({ request: { start: '2026-03-10', end: '2026-03-09' } }))).toBe('INVALID_INPUT');
  });

  it('Premier has 8 days and warns when the calendar has no data for the year', () => {
    const r = checkKeaBooking({
      subscription: aSubscription({ level: 'premier' }),
      calendar: cnMainlandCalendar,
      bookings: [],
      request: { appliedOn: '2026-12-28', start: '2027-01-11', end: '2027-01-11' },
    });
    expect(r.ok && r.value.daysLeftInServiceYear).toBe(7);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['CALENDAR_NOT_COVERED']);
  });

  it('cancellation and balance helpers', () => {
    const booking = { start: '2026-04-10', end: '2026-04-12' };
    expect(cancelKeaBooking(booking, '2026-04-09').daysReturned).toBe(3);
    expect(cancelKeaBooking(booking, '2026-04-10').daysReturned).toBe(0);
    expect(keaBalance(aSubscription(), [booking], '2026-05-01')).toMatchObject({ quota: 4, used: 3, left: 1 });
    expect(keaBalance(aSubscription({ billing: 'monthly' }), [booking], '2026-05-01')).toBeNull();
  });
});
