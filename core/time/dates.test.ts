import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { addDays, dayOfWeek, daysBetween, eachDate, fromDayNumber, isIsoDate, toDayNumber } from './dates';

describe('dates', () => {
  it('round-trips day numbers, including leap days', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2028-02-29'))).toBe('2028-02-29');
  });

  it('adds days across month, year and leap-day ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts the days of half-open ranges', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2026-03-10', '2026-02-10')).toBe(-28);
  });

  it('knows the weekday without the machine zone', () => {
    expect(dayOfWeek('2026-03-02')).toBe(1); // Monday
    expect(dayOfWeek('2026-03-08')).toBe(0); // Sunday, US DST starts
    expect(dayOfWeek('2026-03-29')).toBe(0); // Sunday, EU DST starts
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-1')).toBe(false);
    expect(() => toDayNumber('2026-02-30')).toThrow(RangeError);
  });

  it('lists an inclusive range', () => {
    expect(eachDate('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(eachDate('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('agrees with the platform calendar on every day of years 1000-9999, and refuses what is no date', () => {
    const reference = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
    const first = Date.UTC(1000, 0, 1) / 86_400_000;
    const last = Date.UTC(9999, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = reference(day);
        expect(fromDayNumber(day)).toBe(date);
        expect(toDayNumber(date)).toBe(day);
        expect(isIsoDate(date)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '2026-01-32', '2026-1-01', '2026/01/01', '２０２６-01-01', '2026-01-0a', ' 2026-01-01', ''])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(() => toDayNumber('2026-04-31')).toThrow(RangeError);
  });
});
