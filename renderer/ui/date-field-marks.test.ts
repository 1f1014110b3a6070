import { describe, expect, it } from 'vitest';

import { type DayMarks, markRuns, uncovered } from './date-field-marks';

const marks: DayMarks = {
  holidays: new Map([
    ['2026-02-15', 'Spring Festival'],
    ['2026-02-16', 'Spring Festival'],
    ['2026-02-17', 'Spring Festival'],
    ['2026-03-01', 'Other'],
    ['2026-02-20', 'Spring Festival'],
  ]),
  workdays: new Map([
    ['2026-02-14', 'Spring Festival'],
    ['2026-02-28', ''],
  ]),
  covers: { from: 2020, to: 2026 },
};

describe('marked days', () => {
  it('groups a month of holidays and make-up working days into runs, in date order', () => {
    expect(markRuns(marks, '2026-02')).toEqual([
      { kind: 'workday', name: 'Spring Festival', from: '2026-02-14', to: '2026-02-14' },
      { kind: 'holiday', name: 'Spring Festival', from: '2026-02-15', to: '2026-02-17' },
      { kind: 'holiday', name: 'Spring Festival', from: '2026-02-20', to: '2026-02-20' },
      { kind: 'workday', name: '', from: '2026-02-28', to: '2026-02-28' },
    ]);
    expect(markRuns(marks, '2026-04')).toEqual([]);
  });

  it('knows the years the calendar has no data for', () => {
    expect(uncovered(marks, 2026)).toBe(false);
    expect(uncovered(marks, 2027)).toBe(true);
    expect(uncovered({ ...marks, covers: null }, 2027)).toBe(false);
  });
});
