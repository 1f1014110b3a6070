import { describe, expect, it } from 'vitest';

import type { HolidayCalendar } from './calendar-types';
import { cnMainlandCalendar } from './cn-mainland';
import { mergeCalendars } from './merge-calendars';
import { describeDay, isWorkingDay, yearsBeyondCoverage } from './working-days';

const file = (from: number, to: number, holidays: string[], workdays: string[] = []): HolidayCalendar => ({
  id: 'import',
  source: 'a file',
  years: { from, to },
  holidays: holidays.map((date) => ({ date, name: { en: 'Imported' } })),
  workdays: workdays.map((date) => ({ date })),
});

const merged = (imported: HolidayCalendar) => {
  const result = mergeCalendars(cnMainlandCalendar, imported);
  if (!result.ok) throw new Error(result.error.message);
  return result.calendar;
};

describe('T2 mergeCalendars', () => {
  it('a file for the next year extends coverage and leaves the shipped years alone', () => {
    const calendar = merged(file(2027, 2027, ['2027-01-01'], ['2027-02-20']));
    expect(calendar.years).toEqual({ from: 2020, to: 2027 });
    expect(isWorkingDay(calendar, '2027-01-01')).toBe(false); // a Friday, now a holiday
    expect(isWorkingDay(calendar, '2027-02-20')).toBe(true); // a Saturday, now worked
    expect(describeDay(calendar, '2026-10-01')).toMatchObject({ kind: 'holiday', name: { en: 'National Day', 'zh-CN': '国庆节' } });
    expect(yearsBeyondCoverage(calendar, '2026-12-01', '2027-12-31')).toEqual([]);
    expect(calendar.source).toBe('a file');
  });

  it("a file's years replace the shipped lists for those years only", () => {
    // A corrected 2026 without National Day: 2026's shipped days go, 2025's stay.
    const calendar = merged(file(2026, 2026, ['2026-01-01']));
    expect(calendar.years).toEqual({ from: 2020, to: 2026 });
    expect(isWorkingDay(calendar, '2026-10-05')).toBe(true);
    expect(isWorkingDay(calendar, '2026-02-28')).toBe(false); // the shipped make-up Saturday is gone too
    expect(isWorkingDay(calendar, '2025-10-01')).toBe(false);
    expect(calendar.holidays.filter((d) => d.date.startsWith('2026'))).toEqual([{ date: '2026-01-01', name: { en: 'Imported' } }]);
  });

  it('keeps the lists in date order', () => {
    const calendar = merged(file(2025, 2027, ['2027-01-01', '2025-01-01']));
    const dates = calendar.holidays.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(calendar.years).toEqual({ from: 2020, to: 2027 });
  });

  it('refuses a file that would leave a year without data between it and the shipped years', () => {
    const late = mergeCalendars(cnMainlandCalendar, file(2028, 2028, []));
    expect(late).toMatchObject({ ok: false, error: { path: 'years', message: expect.stringContaining('no later than 2027') } });
    const early = mergeCalendars(cnMainlandCalendar, file(2010, 2018, []));
    expect(early).toMatchObject({ ok: false, error: { path: 'years', message: expect.stringContaining('reach 2019') } });
    expect(mergeCalendars(cnMainlandCalendar, file(2018, 2019, [])).ok).toBe(true);
  });
});
