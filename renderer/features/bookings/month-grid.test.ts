import { describe, expect, it } from 'vitest';

import { covers, gridKeyTarget, monthWeeks, shiftMonth } from './month-grid';

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
  it('moves the focus by day, week, week ends and month, as the WAI-ARIA grid does', () => {
    // Tuesday 10 March 2026.
    expect(gridKeyTarget('2026-03-10', 'ArrowLeft')).toBe('2026-03-09');
    expect(gridKeyTarget('2026-03-10', 'ArrowRight')).toBe('2026-03-11');
    expect(gridKeyTarget('2026-03-10', 'ArrowUp')).toBe('2026-03-03');
    expect(gridKeyTarget('2026-03-10', 'ArrowDown')).toBe('2026-03-17');
    expect(gridKeyTarget('2026-03-10', 'Home')).toBe('2026-03-09'); // Monday
    expect(gridKeyTarget('2026-03-10', 'End')).toBe('2026-03-15'); // Sunday
    expect(gridKeyTarget('2026-03-10', 'Home', true)).toBe('2026-03-01');
    expect(gridKeyTarget('2026-03-10', 'End', true)).toBe('2026-03-31');
    expect(gridKeyTarget('2026-03-10', 'PageUp')).toBe('2026-02-10');
    expect(gridKeyTarget('2026-03-10', 'PageDown')).toBe('2026-04-10');
    expect(gridKeyTarget('2026-03-10', 'Enter')).toBeNull();
  });
  it('keeps Home and End inside the month, and crosses months with the arrows and pages', () => {
    // Sunday 1 March 2026 sits alone in its week's row; Tuesday 31 March ends the last row.
    expect(gridKeyTarget('2026-03-01', 'Home')).toBe('2026-03-01');
    expect(gridKeyTarget('2026-03-31', 'End')).toBe('2026-03-31');
    expect(gridKeyTarget('2026-03-01', 'ArrowLeft')).toBe('2026-02-28');
    expect(gridKeyTarget('2026-03-31', 'ArrowDown')).toBe('2026-04-07');
    expect(gridKeyTarget('2026-03-31', 'PageDown')).toBe('2026-04-30');
    expect(gridKeyTarget('2026-01-31', 'PageUp')).toBe('2025-12-31');
  });
});
