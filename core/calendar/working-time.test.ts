import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { calendar2026 } from '@test/builders/domain';

import { DAY_MS, formatInstant, HOUR_MS, parseInstant } from '../time';
import { weekdaysOnlyCalendar } from './calendar-builders';
import { addWorkingTime, workingTimeBetween } from './working-time';

const due = (opened: string, cal = weekdaysOnlyCalendar) => formatInstant(addWorkingTime(cal, parseInstant(opened), DAY_MS));

describe('T5 working-time clock', () => {
  it('follows the examples of T5', () => {
    expect(due('2026-03-03T15:00:00+08:00')).toBe('2026-03-04T07:00:00Z'); // Tue 15:00 → Wed 15:00
    expect(due('2026-03-06T15:00:00+08:00')).toBe('2026-03-09T07:00:00Z'); // Fri 15:00 → Mon 15:00
    expect(due('2026-03-07T10:00:00+08:00')).toBe('2026-03-09T16:00:00Z'); // Sat 10:00 → Tue 00:00
  });

  it('pauses over a holiday run and counts a make-up Saturday', () => {
    expect(due('2026-09-30T12:00:00+08:00', calendar2026)).toBe('2026-10-08T04:00:00Z');
    expect(due('2026-02-13T18:00:00+08:00', calendar2026)).toBe('2026-02-14T10:00:00Z');
  });

  it('is the same whatever the laptop zone does on DST switch days', () => {
    // Fri 6 Mar 22:00 Beijing → Mon 9 Mar 22:00, across the US switch on 8 Mar.
    expect(due('2026-03-06T22:00:00+08:00')).toBe('2026-03-09T14:00:00Z');
    // Fri 27 Mar → Mon 30 Mar, across the EU switch on 29 Mar.
    expect(due('2026-03-27T09:00:00+08:00')).toBe('2026-03-30T01:00:00Z');
  });

  it('measures working time between instants', () => {
    const from = parseInstant('2026-03-06T15:00:00+08:00');
    expect(workingTimeBetween(weekdaysOnlyCalendar, from, parseInstant('2026-03-09T03:00:00+08:00'))).toBe(12 * HOUR_MS);
    expect(workingTimeBetween(weekdaysOnlyCalendar, from, from - 1)).toBe(0);
  });

  it('property: adding working time then measuring it gives it back, and due ≥ start', () => {
    const base = parseInstant('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), fc.integer({ min: 0, max: 3 * 24 * 60 }), (startMin, durMin) => {
        const start = base + startMin * 60_000;
        const end = addWorkingTime(calendar2026, start, durMin * 60_000);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(workingTimeBetween(calendar2026, start, end)).toBe(durMin * 60_000);
      }),
    );
  });
});
