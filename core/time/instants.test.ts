import { describe, expect, it } from 'vitest';
import { beijingDateOf, beijingMidnight, formatInstant, normalizeInstant, parseInstant } from './instants';

describe('instants', () => {
  it('parses offsets exactly and formats UTC without milliseconds', () => {
    expect(normalizeInstant('2026-03-02T10:15:00+08:00')).toBe('2026-03-02T02:15:00Z');
    expect(normalizeInstant('2026-03-01T19:00:00-07:00')).toBe('2026-03-02T02:00:00Z');
    expect(normalizeInstant('2026-03-02T02:15:00.999Z')).toBe('2026-03-02T02:15:00Z');
    expect(formatInstant(Date.UTC(2026, 2, 2, 2, 15))).toBe('2026-03-02T02:15:00Z');
  });

  it('refuses instants without an offset (T1: never the laptop zone)', () => {
    expect(() => parseInstant('2026-03-02T10:00:00')).toThrow(RangeError);
    expect(() => parseInstant('2026-03-02')).toThrow(RangeError);
  });

  it('T1: Beijing date of an instant, at the day boundary', () => {
    expect(beijingDateOf('2026-03-31T15:59:59Z')).toBe('2026-03-31');
    expect(beijingDateOf('2026-03-31T16:00:00Z')).toBe('2026-04-01');
    expect(beijingDateOf('2026-12-31T16:30:00Z')).toBe('2027-01-01');
    expect(beijingDateOf('2028-02-28T16:00:00Z')).toBe('2028-02-29');
  });

  it('is unaffected by DST switches of the laptop zone', () => {
    // 2026-03-08 (US) and 2026-03-29 (EU) are DST switch days; Beijing has no DST.
    expect(beijingDateOf('2026-03-08T09:30:00Z')).toBe('2026-03-08');
    expect(beijingDateOf('2026-03-29T01:30:00Z')).toBe('2026-03-29');
    expect(beijingDateOf('2026-10-25T16:30:00Z')).toBe('2026-10-26');
    expect(formatInstant(beijingMidnight('2026-03-29'))).toBe('2026-03-28T16:00:00Z');
    expect(formatInstant(beijingMidnight('2026-11-01'))).toBe('2026-10-31T16:00:00Z');
  });
});
