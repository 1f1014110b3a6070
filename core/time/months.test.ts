import { describe, expect, it } from 'vitest';

import { addMonths, daysInMonth, describeDate, monthEnd, monthStart, nextMonthStart, previousMonth } from './months';

describe('months', () => {
  it('S1: clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', 48)).toBe('2032-02-29');
  });

  it('crosses year ends both ways', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-01', 12)).toBe('2027-01-01');
  });

  it('gives month bounds', () => {
    expect(monthStart('2026-02-17')).toBe('2026-02-01');
    expect(monthEnd('2026-02-17')).toBe('2026-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12-05')).toBe('2026-12-31');
    expect(nextMonthStart('2026-12-31')).toBe('2027-01-01');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(daysInMonth('2026-02')).toBe(28);
  });

  it('describes dates for messages', () => {
    expect(describeDate('2026-04-01')).toBe('1 April 2026');
  });
});
