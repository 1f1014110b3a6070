import { describe, expect, it } from 'vitest';

import { calendarDiff } from './calendar-diff';
import { checkCalendarImport } from './calendar-import';
import type { HolidayCalendar } from './calendar-types';
import { cnMainlandCalendar } from './cn-mainland';

const calendar = (years: { from: number; to: number }, holidays: HolidayCalendar['holidays'], workdays: HolidayCalendar['workdays'] = []): HolidayCalendar => ({
  id: 'c',
  years,
  holidays,
  workdays,
});
const y2026 = { from: 2026, to: 2026 };
const newYear = { date: '2026-01-01', name: { en: "New Year's Day" } };

describe('T2 calendarDiff', () => {
  it('lists days added, removed and renamed per year, and leaves unchanged years out', () => {
    const before = calendar(
      { from: 2025, to: 2026 },
      [{ date: '2025-01-01' }, newYear, { date: '2026-05-01', name: { en: 'Labour' } }],
      [{ date: '2026-02-14' }],
    );
    const after = calendar(
      { from: 2025, to: 2026 },
      [{ date: '2025-01-01' }, newYear, { date: '2026-05-01', name: { en: 'Labour Day' } }, { date: '2026-05-04' }],
      [],
    );
    expect(calendarDiff(before, after)).toEqual([
      {
        year: 2026,
        newlyCovered: false,
        noLongerCovered: false,
        added: [{ date: '2026-05-04', kind: 'holiday', name: null }],
        removed: [{ date: '2026-02-14', kind: 'workday', name: null }],
        renamed: [{ date: '2026-05-01', kind: 'holiday', before: { en: 'Labour' }, after: { en: 'Labour Day' } }],
      },
    ]);
  });

  it('a day moving from holiday to make-up day is removed from one list and added to the other', () => {
    const diff = calendarDiff(calendar(y2026, [{ date: '2026-02-14' }]), calendar(y2026, [], [{ date: '2026-02-14' }]));
    expect(diff[0]).toMatchObject({ added: [{ date: '2026-02-14', kind: 'workday' }], removed: [{ date: '2026-02-14', kind: 'holiday' }] });
  });

  it('says which years become covered and which fall back to Monday to Friday', () => {
    const diff = calendarDiff(calendar(y2026, [newYear]), calendar({ from: 2027, to: 2027 }, []));
    expect(diff.map((d) => [d.year, d.newlyCovered, d.noLongerCovered, d.removed.length])).toEqual([
      [2026, false, true, 1],
      [2027, true, false, 0],
    ]);
  });
});

describe('T2 checkCalendarImport', () => {
  it('answers the field errors of a bad file', () => {
    const check = checkCalendarImport({
      shipped: cnMainlandCalendar,
      current: cnMainlandCalendar,
      json: { id: 'x', years: { from: 2027, to: 2027 }, holidays: ['2027-13-01'], workdays: [] },
    });
    expect(check).toEqual({ ok: false, errors: [{ path: 'holidays[0].date', reason: 'date-format', message: 'date must be a real date written YYYY-MM-DD' }] });
  });

  it('answers the file, the calendar it gives and the changes against the current one', () => {
    const check = checkCalendarImport({
      shipped: cnMainlandCalendar,
      current: cnMainlandCalendar,
      json: { id: 'x', years: { from: 2027, to: 2027 }, holidays: ['2027-01-01'], workdays: [] },
    });
    if (!check.ok) throw new Error('expected ok');
    expect(check.effective.years).toEqual({ from: 2020, to: 2027 });
    expect(check.changes).toEqual([
      { year: 2027, newlyCovered: true, noLongerCovered: false, added: [{ date: '2027-01-01', kind: 'holiday', name: null }], removed: [], renamed: [] },
    ]);
  });
});
