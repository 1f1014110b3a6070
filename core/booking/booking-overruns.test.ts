import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { bookingOverruns } from './booking-overruns';
import type { ConsultingSession, KeaBooking, TrainingBooking } from './booking-types';

const none = { kea: [] as KeaBooking[], consulting: [] as ConsultingSession[], trainings: [] as TrainingBooking[] };
const session = (date: string, cancelled = false): ConsultingSession => ({ date, hours: 2, cancelled });

describe('B1 KEA days over the service year', () => {
  it('4 days of Standard are within the allowance; a fifth is over it, in the service year it falls in', () => {
    const subscription = aSubscription({ level: 'standard', start: '2025-07-01' });
    const four = [
      { start: '2026-03-02', end: '2026-03-03' },
      { start: '2026-05-04', end: '2026-05-05' },
    ];
    expect(bookingOverruns(subscription, { ...none, kea: four })).toEqual([]);
    expect(bookingOverruns(subscription, { ...none, kea: [...four, { start: '2026-06-30', end: '2026-07-01' }] })).toEqual([
      { kind: 'kea-over', rule: 'B1', period: '2025-07-01', count: 5, limit: 4 },
    ]);
  });

  it('days cancelled before their start come back; a monthly plan has no KEA allowance to exceed', () => {
    const subscription = aSubscription({ level: 'standard' });
    const kea = [
      { start: '2026-03-02', end: '2026-03-05' },
      { start: '2026-04-01', end: '2026-04-01', cancelledOn: '2026-03-20' },
    ];
    expect(bookingOverruns(subscription, { ...none, kea })).toEqual([]);
    const five = [{ start: '2026-03-02', end: '2026-03-06' }];
    expect(bookingOverruns(aSubscription({ level: 'standard', billing: 'monthly' }), { ...none, kea: five })).toEqual([]);
  });

  it('Premier allows 8', () => {
    const kea = [{ start: '2026-03-02', end: '2026-03-09' }];
    expect(bookingOverruns(aSubscription({ level: 'premier' }), { ...none, kea })).toEqual([]);
    expect(bookingOverruns(aSubscription({ level: 'premier' }), { ...none, kea: [...kea, { start: '2026-10-01', end: '2026-10-01' }] })).toMatchObject([
      { kind: 'kea-over', count: 9, limit: 8 },
    ]);
  });
});

describe('B2 consulting', () => {
  it('one session a month; a second in the month is over it, a cancelled one is not', () => {
    const subscription = aSubscription({ level: 'standard' });
    expect(bookingOverruns(subscription, { ...none, consulting: [session('2026-03-03'), session('2026-03-20', true)] })).toEqual([]);
    expect(bookingOverruns(subscription, { ...none, consulting: [session('2026-03-03'), session('2026-03-20')] })).toEqual([
      { kind: 'consulting-month', rule: 'B2', period: '2026-03', count: 2, limit: 1 },
    ]);
  });

  it('4 sessions a Standard service year; a fifth is over it', () => {
    const subscription = aSubscription({ level: 'standard' });
    const four = ['2026-02-03', '2026-03-03', '2026-04-07', '2026-05-06'].map((d) => session(d));
    expect(bookingOverruns(subscription, { ...none, consulting: four })).toEqual([]);
    expect(bookingOverruns(subscription, { ...none, consulting: [...four, session('2026-06-02')] })).toEqual([
      { kind: 'consulting-year', rule: 'B2', period: '2026-01-01', count: 5, limit: 4 },
    ]);
  });
});

describe('B3 trainings', () => {
  it('one organised training a month; a second is over it, an on-site one does not use the month (DECISIONS 15)', () => {
    const subscription = aSubscription({ level: 'premier' });
    const trainings: TrainingBooking[] = [
      { date: '2026-03-03', method: 'online' },
      { date: '2026-03-10', method: 'on-site' },
    ];
    expect(bookingOverruns(subscription, { ...none, trainings })).toEqual([]);
    expect(bookingOverruns(subscription, { ...none, trainings: [...trainings, { date: '2026-03-24', method: 'telepresence' }] })).toEqual([
      { kind: 'training-month', rule: 'B3', period: '2026-03', count: 2, limit: 1 },
    ]);
  });

  it('one on-site training a Premier service year; a second is over it, a cancelled one is not', () => {
    const subscription = aSubscription({ level: 'premier' });
    const first: TrainingBooking = { date: '2026-03-10', method: 'on-site' };
    expect(bookingOverruns(subscription, { ...none, trainings: [first, { date: '2026-09-10', method: 'on-site', cancelled: true }] })).toEqual([]);
    expect(bookingOverruns(subscription, { ...none, trainings: [first, { date: '2026-09-10', method: 'on-site' }] })).toEqual([
      { kind: 'onsite-year', rule: 'B3', period: '2026-01-01', count: 2, limit: 1 },
    ]);
  });
});
