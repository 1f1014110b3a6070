import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { periodContaining, periodsUntil, serviceYearOf } from './periods';

describe('S1 periods', () => {
  it('renews at periodEnd, clamping month ends', () => {
    const sub = aSubscription({ start: '2026-01-31', billing: 'monthly' });
    expect(periodsUntil(sub, '2026-03-30').map((p) => `${p.start}..${p.end}`)).toEqual([
      '2026-01-31..2026-02-28',
      '2026-02-28..2026-03-28',
      '2026-03-28..2026-04-28',
    ]);
    expect(periodContaining(sub, '2026-01-30')).toBeNull();
  });

  it('yearly periods over a leap day', () => {
    const sub = aSubscription({ start: '2028-02-29', billing: 'yearly' });
    expect(periodContaining(sub, '2029-03-01')).toEqual({ start: '2029-02-28', end: '2030-02-28' });
  });
});

describe('S2 service years', () => {
  it('are 12-month windows from the first start, whatever the billing mode', () => {
    const sub = aSubscription({ start: '2026-04-15', billing: 'monthly' });
    expect(serviceYearOf(sub, '2026-04-14')).toBeNull();
    expect(serviceYearOf(sub, '2026-04-15')).toEqual({ index: 0, start: '2026-04-15', end: '2027-04-15' });
    expect(serviceYearOf(sub, '2027-04-14')?.index).toBe(0);
    expect(serviceYearOf(sub, '2027-04-15')).toEqual({ index: 1, start: '2027-04-15', end: '2028-04-15' });
  });

  it('keep a 29 February start in later leap years', () => {
    const sub = aSubscription({ start: '2028-02-29' });
    expect(serviceYearOf(sub, '2029-02-28')).toEqual({ index: 1, start: '2029-02-28', end: '2030-02-28' });
    expect(serviceYearOf(sub, '2032-02-29')).toEqual({ index: 4, start: '2032-02-29', end: '2033-02-28' });
  });
});
