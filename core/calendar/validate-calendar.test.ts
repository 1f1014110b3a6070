import { describe, expect, it } from 'vitest';
import calendarFile from './cn-mainland-calendar.json';
import { cnMainlandCalendar } from './cn-mainland';
import { validateCalendarFile } from './validate-calendar';

describe('validateCalendarFile', () => {
  it('accepts the shipped file', () => {
    const parsed = validateCalendarFile(calendarFile);
    expect(parsed.ok).toBe(true);
    expect(cnMainlandCalendar.years).toEqual({ from: 2020, to: 2026 });
    expect(cnMainlandCalendar.holidays.length).toBeGreaterThan(200);
  });

  it('accepts plain date strings', () => {
    const parsed = validateCalendarFile({ id: 'x', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: [] });
    expect(parsed).toEqual({ ok: true, calendar: { id: 'x', years: { from: 2027, to: 2027 }, holidays: [{ date: '2027-01-01' }], workdays: [] } });
  });

  it('reports every bad field with its path', () => {
    const parsed = validateCalendarFile({
      id: '',
      years: { from: 2027, to: 2027 },
      holidays: [{ date: '2027-02-30' }, { date: '2028-01-01' }, { date: '2027-10-01', name: { en: 3 } }, '2027-10-01'],
      workdays: ['2027-10-04'],
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.path)).toEqual([
      'id',
      'holidays[0].date',
      'holidays[1].date',
      'holidays[2].name',
      'workdays[0].date',
      'holidays[3].date',
    ]);
    // The reason lets the page word each error in the user's language.
    expect(parsed.errors.map((e) => e.reason)).toEqual(['id', 'date-format', 'date-outside-years', 'name', 'workday-on-weekday', 'listed-twice']);
    expect(parsed.errors.at(-1)!.data).toEqual({ date: '2027-10-01', other: 'holidays[2]' });
  });

  it('refuses a file without years or lists', () => {
    const parsed = validateCalendarFile({ id: 'x' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toEqual(['years', 'holidays', 'workdays']);
    expect(validateCalendarFile([]).ok).toBe(false);
  });
});
