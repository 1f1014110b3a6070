import { describe, expect, it } from 'vitest';

import { calendar2026 } from '@test/builders/domain';

import { cnMainlandCalendar } from './cn-mainland';
import { coverageWarning } from './coverage-warning';

describe('T2 coverageWarning', () => {
  it('names the uncovered years that cases and bookings reach, once each and in order', () => {
    const warning = coverageWarning({
      calendar: cnMainlandCalendar,
      today: '2026-06-01',
      datesInUse: ['2028-01-03', '2026-07-01', '2027-01-04', '2027-05-05'],
    });
    expect(warning).toEqual({ uncoveredYearsInUse: [2027, 2028], nextYearUncovered: false, nextYear: 2027 });
  });

  it('asks for next year within 60 days of the end of coverage', () => {
    expect(coverageWarning({ calendar: cnMainlandCalendar, today: '2026-11-26', datesInUse: [] })).toMatchObject({
      uncoveredYearsInUse: [],
      nextYearUncovered: true,
    });
    expect(coverageWarning({ calendar: cnMainlandCalendar, today: '2026-11-02', datesInUse: [] }).nextYearUncovered).toBe(true); // 60 days to 1 January
    expect(coverageWarning({ calendar: cnMainlandCalendar, today: '2026-11-01', datesInUse: [] }).nextYearUncovered).toBe(false);
    expect(coverageWarning({ calendar: cnMainlandCalendar, today: '2026-12-31', datesInUse: [] }).nextYearUncovered).toBe(true);
  });

  it('counts today: once the year has begun without data, it is in use', () => {
    expect(coverageWarning({ calendar: cnMainlandCalendar, today: '2027-01-01', datesInUse: [] })).toEqual({
      uncoveredYearsInUse: [2027],
      nextYearUncovered: false,
      nextYear: 2027,
    });
  });

  it('a calendar for every year never warns', () => {
    expect(coverageWarning({ calendar: calendar2026, today: '2026-12-20', datesInUse: ['2031-01-01'] })).toEqual({
      uncoveredYearsInUse: [],
      nextYearUncovered: false,
      nextYear: null,
    });
  });
});
