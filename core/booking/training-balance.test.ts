import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { trainingBalance } from './training-balance';

describe('B3 trainingBalance', () => {
  it('counts organized trainings in the month and every training of the service year', () => {
    const trainings = [
      { date: '2026-05-06', method: 'online' as const },
      { date: '2026-04-10', method: 'telepresence' as const },
      { date: '2026-05-20', method: 'on-site' as const },
      { date: '2026-05-25', method: 'online' as const, cancelled: true },
      { date: '2025-12-10', method: 'online' as const },
    ];
    expect(trainingBalance(aSubscription({ level: 'premier' }), trainings, '2026-05-15')).toEqual({
      month: '2026-05',
      serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' },
      organizedThisMonth: 1,
      organizedPerMonth: 1,
      thisServiceYear: 3,
      onsiteThisServiceYear: 1,
      onsitePerServiceYear: 1,
    });
  });

  it('S2: the service year runs from the first start, not the calendar year', () => {
    const balance = trainingBalance(
      aSubscription({ start: '2025-07-01' }),
      [
        { date: '2025-12-10', method: 'online' },
        { date: '2026-07-01', method: 'online' },
      ],
      '2026-06-30',
    );
    expect(balance).toMatchObject({
      serviceYear: { start: '2025-07-01', end: '2026-07-01' },
      thisServiceYear: 1,
      organizedThisMonth: 0,
      onsitePerServiceYear: 0,
    });
  });

  it('is null on Basic (video courses only) and without a plan in force', () => {
    expect(trainingBalance(aSubscription({ level: 'basic' }), [], '2026-05-15')).toBeNull();
    expect(trainingBalance(aSubscription(), [], '2025-12-31')).toBeNull();
    expect(trainingBalance(aSubscription({ changes: [{ from: '2026-05-01', level: null }] }), [], '2026-05-15')).toBeNull();
  });
});
