import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { checkConsultingBooking, consultingBalance } from './consulting';
import { earliestStart } from './lead-time';

type Input = Parameters<typeof checkConsultingBooking>[0];
const book = (input: Partial<Omit<Input, 'request'>> & { request?: Partial<Input['request']> }) =>
  checkConsultingBooking({
    subscription: aSubscription(),
    calendar: calendar2026,
    sessions: [],
    ...input,
    request: { appliedOn: '2026-03-02', date: '2026-03-05', hours: 4, ...input.request },
  });
const outcome = (r: ReturnType<typeof checkConsultingBooking>) => (r.ok ? r.value.sessionsLeftInServiceYear : r.error.code);

describe('B2 architecture consulting', () => {
  it('accepts up to the cap with 3 working days of notice', () => {
    expect(outcome(book({}))).toBe(3);
    expect(outcome(book({ subscription: aSubscription({ level: 'premier' }), request: { hours: 8 } }))).toBe(7);
    expect(outcome(book({ request: { date: '2026-03-04' } }))).toBe('LEAD_TIME_TOO_SHORT');
    expect(earliestStart('consulting', '2026-03-02', calendar2026)).toBe('2026-03-05');
    expect(earliestStart('kea', '2026-02-12', calendar2026)).toBe('2026-02-26');
  });

  it('refuses each broken rule with its code', () => {
    expect(outcome(book({ request: { hours: 5 } }))).toBe('CONSULTING_TOO_LONG');
    expect(outcome(book({ request: { appliedOn: '2026-09-01', date: '2026-10-05' } }))).toBe('NOT_A_WORKING_DAY');
    expect(outcome(book({ request: { date: '2026-03-07' } }))).toBe('NOT_A_WORKING_DAY'); // Saturday
    expect(outcome(book({ request: { appliedOn: '2026-02-20', date: '2026-02-28' } }))).toBe(3); // make-up Saturday
    expect(outcome(book({ sessions: [{ date: '2026-03-03', hours: 2 }], request: { date: '2026-03-20' } }))).toBe('CONSULTING_MONTH_TAKEN');
    expect(outcome(book({ sessions: [{ date: '2026-03-03', hours: 2, cancelled: true }], request: { date: '2026-03-20' } }))).toBe(3);
    expect(outcome(book({ subscription: aSubscription({ level: 'basic' }) }))).toBe('NOT_INCLUDED');
    expect(outcome(book({ subscription: aSubscription({ start: '2026-04-01' }) }))).toBe('NO_ACTIVE_SUBSCRIPTION');
  });

  it('allows 4 sessions a service year on Standard', () => {
    const sessions = ['2026-01-20', '2026-02-10', '2026-03-10', '2026-04-14'].map((date) => ({ date, hours: 2 }));
    const request = { appliedOn: '2026-05-06', date: '2026-05-20' };
    expect(outcome(book({ sessions, request }))).toBe('CONSULTING_YEAR_QUOTA_EXCEEDED');
    expect(outcome(book({ sessions: sessions.slice(1), request }))).toBe(0);
    expect(consultingBalance(aSubscription(), sessions, '2026-06-01')).toMatchObject({ quota: 4, used: 4, left: 0, maxHours: 4 });
  });
});
