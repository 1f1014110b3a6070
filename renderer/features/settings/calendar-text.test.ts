import { describe, expect, it } from 'vitest';

import { dayName, weekdayOf, yearList, yearRange, yearsToImport } from './calendar-text';

describe('calendar wording', () => {
  it('writes ranges and lists of years', () => {
    expect(yearRange({ from: 2020, to: 2026 })).toBe('2020-2026');
    expect(yearRange({ from: 2027, to: 2027 })).toBe('2027');
    expect(yearList([2027, 2028], 'en')).toBe('2027 and 2028');
  });

  it("picks the day's name in the user's language, falling back to English", () => {
    const name = { en: 'National Day', 'zh-CN': '国庆节' };
    expect(dayName(name, 'zh-CN')).toBe('国庆节');
    expect(dayName({ en: 'National Day' }, 'zh-CN')).toBe('National Day');
    expect(dayName(null, 'en')).toBe('');
  });

  it('T1: the weekday is the Beijing date’s, whatever the zone', () => {
    expect(weekdayOf('2027-01-01', 'en')).toBe('Fri');
    expect(weekdayOf('2027-01-01', 'zh-CN')).toBe('周五');
  });

  it('T2: asks for the years in use and for next year when it is near', () => {
    expect(yearsToImport({ uncoveredYearsInUse: [2028], nextYearUncovered: true, nextYear: 2027 })).toEqual([2027, 2028]);
    expect(yearsToImport({ uncoveredYearsInUse: [], nextYearUncovered: false, nextYear: 2027 })).toEqual([]);
  });
});
