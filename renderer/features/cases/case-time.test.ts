import { describe, expect, it } from 'vitest';

import { fromLocalInput, switchZone, toLocalInput, wallText } from './case-time';

describe('case times', () => {
  it('round-trips a datetime-local value through the exact instant in UTC, in any zone', () => {
    const ms = Date.parse('2026-03-02T02:05:00Z');
    expect(fromLocalInput(toLocalInput(ms))).toBe('2026-03-02T02:05:00Z');
    expect(fromLocalInput('2026-03-0')).toBeNull();
  });

  it("T1: reads and shows a time as Beijing time when that is the zone chosen, whatever this computer's", () => {
    expect(fromLocalInput('2026-03-02T10:00', 'beijing')).toBe('2026-03-02T02:00:00Z');
    expect(toLocalInput(Date.parse('2026-03-31T16:30:00Z'), 'beijing')).toBe('2026-04-01T00:30');
    expect(wallText('2026-03-02T02:00:00Z', 'beijing')).toBe('2026-03-02 10:00');
  });

  it('switching zone keeps the moment the field shows', () => {
    const computer = toLocalInput(Date.parse('2026-03-02T02:00:00Z'));
    expect(switchZone(computer, 'computer', 'beijing')).toBe('2026-03-02T10:00');
    expect(Date.parse(fromLocalInput(switchZone('2026-03-02T10:00', 'beijing', 'computer')) ?? '')).toBe(Date.parse('2026-03-02T02:00:00Z'));
    expect(switchZone('', 'beijing', 'computer')).toBe('');
  });
});
