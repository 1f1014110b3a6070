import { describe, expect, it } from 'vitest';

import { beijingToday, formatDate, formatPeriod } from './dates';

describe('dates on screen', () => {
  it('T1: today is the Beijing date, whatever the laptop zone', () => {
    expect(beijingToday(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01');
    expect(beijingToday(new Date('2026-03-31T15:59:59Z'))).toBe('2026-03-31');
  });

  it('shows a period by its first and last day', () => {
    expect(formatPeriod({ start: '2026-01-01', end: '2027-01-01' }, 'en')).toBe('Jan 1, 2026 – Dec 31, 2026');
    expect(formatDate('2026-07-01', 'zh-CN')).toBe('2026年7月1日');
  });
});
