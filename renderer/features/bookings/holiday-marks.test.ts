import { describe, expect, it } from 'vitest';

import type { CalendarInfo } from '@main/ipc/contract';

import { marksOf } from './holiday-marks';

const info: CalendarInfo = {
  shipped: { id: 'cn', source: null, years: { from: 2025, to: 2026 } },
  imported: null,
  coverage: { from: 2025, to: 2026 },
  years: [
    {
      year: 2025,
      from: 'shipped',
      holidays: [{ date: '2025-10-01', name: { en: 'National Day', 'zh-CN': '国庆节' } }],
      workdays: [{ date: '2025-09-28', name: { en: 'National Day' } }],
    },
    { year: 2026, from: 'shipped', holidays: [{ date: '2026-04-06' }], workdays: [] },
  ],
  uncoveredYearsInUse: [],
  nextYearUncovered: false,
  nextYear: 2027,
};

describe('holiday marks of the calendar in use', () => {
  it('names each day in the app language, in English when the calendar has no such name, and nothing when it has none', () => {
    const zh = marksOf(info, 'zh-CN');
    expect([...zh.holidays]).toEqual([
      ['2025-10-01', '国庆节'],
      ['2026-04-06', ''],
    ]);
    expect([...zh.workdays]).toEqual([['2025-09-28', 'National Day']]);
    expect(zh.covers).toEqual({ from: 2025, to: 2026 });
    expect(marksOf(info, 'en').holidays.get('2025-10-01')).toBe('National Day');
  });
});
