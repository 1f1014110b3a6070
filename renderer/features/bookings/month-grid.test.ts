import { describe, expect, it } from 'vitest';
import { covers, monthWeeks, shiftMonth } from './month-grid';

describe('month grid', () => {
  it('starts weeks on Monday', () => {
    // 1 March 2026 is a Sunday: six blanks, then the 1st in the last column.
    const weeks = monthWeeks('2026-03');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01']);
    expect(weeks[1]?.[0]).toBe('2026-03-02');
    expect(weeks.at(-1)).toEqual(['2026-03-30', '2026-03-31', null, null, null, null, null]);
    expect(monthWeeks('2027-02')).toHaveLength(4); // 1 February 2027 is a Monday, 28 days: four full weeks
  });
  it('moves across years and covers inclusive ranges', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(covers({ start: '2026-03-13', end: '2026-03-15' }, '2026-03-15')).toBe(true);
    expect(covers({ start: '2026-03-13', end: '2026-03-15' }, '2026-03-16')).toBe(false);
  });
});
