import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { calendar2026 } from '@test/builders/domain';

import { addDays, fromDayNumber, toDayNumber } from '../time';
import { weekdaysOnlyCalendar } from './calendar-builders';
import { cnMainlandCalendar } from './cn-mainland';
import { addWorkingDays, describeDay, isWorkingDay, yearsBeyondCoverage } from './working-days';

describe('T2 working days', () => {
  it('a weekday holiday is not working, a make-up Saturday is', () => {
    expect(isWorkingDay(cnMainlandCalendar, '2026-10-05')).toBe(false);
    expect(isWorkingDay(cnMainlandCalendar, '2026-02-28')).toBe(true); // Saturday, make-up day
    expect(describeDay(cnMainlandCalendar, '2026-02-28').kind).toBe('make-up-workday');
    expect(describeDay(cnMainlandCalendar, '2026-10-01').name).toEqual({ en: 'National Day', 'zh-CN': '国庆节' });
    expect(isWorkingDay(cnMainlandCalendar, '2026-03-07')).toBe(false); // ordinary Saturday
  });

  it('falls back to Monday to Friday beyond the shipped years and says so', () => {
    const day = describeDay(cnMainlandCalendar, '2027-10-01'); // a Friday; no 2027 data shipped
    expect(day).toMatchObject({ working: true, beyondCoverage: true });
    expect(describeDay(cnMainlandCalendar, '2019-12-28').working).toBe(false);
    expect(yearsBeyondCoverage(cnMainlandCalendar, '2026-12-20', '2028-01-05')).toEqual([2027, 2028]);
    expect(yearsBeyondCoverage(cnMainlandCalendar, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('an explicit calendar applies to every year (years: null)', () => {
    expect(yearsBeyondCoverage(calendar2026, '2030-01-01', '2031-01-01')).toEqual([]);
  });
});

describe('T3 addWorkingDays', () => {
  it('skips weekends', () => {
    expect(addWorkingDays(weekdaysOnlyCalendar, '2026-03-02', 5)).toBe('2026-03-09');
    expect(addWorkingDays(weekdaysOnlyCalendar, '2026-03-05', 2)).toBe('2026-03-09');
    expect(addWorkingDays(weekdaysOnlyCalendar, '2026-03-07', 1)).toBe('2026-03-09'); // from a Saturday
  });

  it('skips a holiday run and counts the make-up Saturday', () => {
    // Spring Festival 2026: 15-23 Feb off, Sat 14 Feb and Sat 28 Feb worked.
    expect(addWorkingDays(calendar2026, '2026-02-12', 3)).toBe('2026-02-24');
    expect(addWorkingDays(calendar2026, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar2026, '2026-02-27', 1)).toBe('2026-02-28');
    // National Day 1-7 Oct, Sat 10 Oct worked.
    expect(addWorkingDays(cnMainlandCalendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(cnMainlandCalendar, '2026-10-09', 1)).toBe('2026-10-10');
  });

  it('crosses a year end, n = 0 and negative n', () => {
    expect(addWorkingDays(cnMainlandCalendar, '2025-12-31', 1)).toBe('2026-01-04'); // 1-3 Jan off, Sun 4 Jan worked
    expect(addWorkingDays(cnMainlandCalendar, '2025-12-31', 2)).toBe('2026-01-05');
    expect(addWorkingDays(weekdaysOnlyCalendar, '2025-12-31', 1)).toBe('2026-01-01');
    expect(addWorkingDays(weekdaysOnlyCalendar, '2026-03-07', 0)).toBe('2026-03-07');
    expect(addWorkingDays(weekdaysOnlyCalendar, '2026-03-09', -1)).toBe('2026-03-06');
  });

  it('property: the result is a working day strictly after the start, with n working days in (d, result]', () => {
    const start = toDayNumber('2019-06-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const d = fromDayNumber(start + offset);
        const result = addWorkingDays(cnMainlandCalendar, d, n);
        expect(result > d).toBe(true);
        expect(isWorkingDay(cnMainlandCalendar, result)).toBe(true);
        let count = 0;
        for (let x = addDays(d, 1); x <= result; x = addDays(x, 1)) if (isWorkingDay(cnMainlandCalendar, x)) count += 1;
        expect(count).toBe(n);
      }),
    );
  });
});
