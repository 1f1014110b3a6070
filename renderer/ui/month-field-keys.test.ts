import { describe, expect, it } from 'vitest';

import { monthKeyTarget, shiftMonthBy } from './month-field-keys';

describe('the month picker keys', () => {
  it('move by month, by row of three and by year, across years', () => {
    expect(monthKeyTarget('2026-03', 'ArrowLeft')).toBe('2026-02');
    expect(monthKeyTarget('2026-03', 'ArrowRight')).toBe('2026-04');
    expect(monthKeyTarget('2026-03', 'ArrowUp')).toBe('2025-12');
    expect(monthKeyTarget('2026-03', 'ArrowDown')).toBe('2026-06');
    expect(monthKeyTarget('2026-12', 'ArrowRight')).toBe('2027-01');
    expect(monthKeyTarget('2026-03', 'PageUp')).toBe('2025-03');
    expect(monthKeyTarget('2026-03', 'PageDown')).toBe('2027-03');
    expect(monthKeyTarget('2026-03', 'Home')).toBe('2026-01');
    expect(monthKeyTarget('2026-03', 'End')).toBe('2026-12');
    expect(monthKeyTarget('2026-03', 'Enter')).toBeNull();
    expect(shiftMonthBy('2026-01', -1)).toBe('2025-12');
  });
});
