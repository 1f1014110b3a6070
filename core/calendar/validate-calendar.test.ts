import { describe, expect, it } from 'vitest';

import { cnMainlandCalendar } from './cn-mainland';
import calendarFile from './cn-mainland-calendar.json';
import { CALENDAR_TEXT_LIMITS, validateCalendarFile } from './validate-calendar';

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

  it('refuses text longer than a calendar needs, so a stored file always reads back', () => {
    const long = (n: number) => 'x'.repeat(n + 1);
    const parsed = validateCalendarFile({
      id: long(CALENDAR_TEXT_LIMITS.id),
      source: long(CALENDAR_TEXT_LIMITS.source),
      years: { from: 2027, to: 2027 },
      holidays: [
        { date: '2027-01-01', name: { en: long(CALENDAR_TEXT_LIMITS.name) } },
        { date: '2027-01-04', name: { [long(CALENDAR_TEXT_LIMITS.language)]: 'New Year' } },
        { date: '2027-01-05', name: Object.fromEntries(Array.from({ length: CALENDAR_TEXT_LIMITS.languages + 1 }, (_, i) => [`l${i}`, 'Day'])) },
      ],
      workdays: [],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors.map((e) => [e.path, e.reason])).toEqual([
        ['id', 'id'],
        ['source', 'source'],
        ['holidays[0].name', 'name'],
        ['holidays[1].name', 'name'],
        ['holidays[2].name', 'name'],
      ]);
    const atLimit = {
      id: 'x'.repeat(CALENDAR_TEXT_LIMITS.id),
      years: { from: 2027, to: 2027 },
      holidays: [{ date: '2027-01-01', name: { en: 'x'.repeat(CALENDAR_TEXT_LIMITS.name) } }],
      workdays: [],
    };
    expect(validateCalendarFile(atLimit).ok).toBe(true);
  });
});
