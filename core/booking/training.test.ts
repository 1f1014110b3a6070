import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { checkTrainingBooking } from './training';

type Input = Parameters<typeof checkTrainingBooking>[0];
const book = (input: Partial<Omit<Input, 'request'>> & { request?: Partial<Input['request']> }) => {
  const r = checkTrainingBooking({
    subscription: aSubscription({ level: 'premier' }),
    trainings: [],
    ...input,
    request: { date: '2026-05-20', method: 'online', ...input.request },
  });
  return r.ok ? r.value.kind : r.error.code;
};

describe('B3 training', () => {
  it('one organized training a month, online or telepresence', () => {
    expect(book({})).toBe('organized');
    expect(book({ trainings: [{ date: '2026-05-06', method: 'online' }], request: { method: 'telepresence' } })).toBe('TRAINING_MONTH_TAKEN');
    expect(book({ trainings: [{ date: '2026-04-30', method: 'online' }] })).toBe('organized');
    expect(book({ trainings: [{ date: '2026-05-06', method: 'on-site' }] })).toBe('organized');
  });

  it('Premier: one on-site training a service year, with a confirmed venue', () => {
    expect(book({ request: { method: 'on-site', venueConfirmed: true } })).toBe('on-site');
    expect(book({ request: { method: 'on-site' } })).toBe('VENUE_REQUIRED');
    expect(book({ trainings: [{ date: '2026-02-06', method: 'on-site' }], request: { method: 'on-site', venueConfirmed: true } })).toBe(
      'ONSITE_TRAINING_TAKEN',
    );
    expect(book({ trainings: [{ date: '2026-02-06', method: 'on-site' }], request: { date: '2027-01-05', method: 'on-site', venueConfirmed: true } })).toBe(
      'on-site',
    );
  });

  it('refuses what the level does not include', () => {
    expect(book({ subscription: aSubscription({ level: 'standard' }), request: { method: 'on-site', venueConfirmed: true } })).toBe('NOT_INCLUDED');
    expect(book({ subscription: aSubscription({ level: 'basic' }) })).toBe('NOT_INCLUDED');
    expect(book({ subscription: aSubscription({ changes: [{ from: '2026-05-01', level: null }] }) })).toBe('NO_ACTIVE_SUBSCRIPTION');
  });
});
