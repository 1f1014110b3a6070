import fc from 'fast-check';
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

  it('reads its own form as the platform does, and refuses a malformed one the same way as any other', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 15, 59, 59) }), (ms) => {
        const own = formatInstant(ms);
        expect(own).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
        expect(parseInstant(own)).toBe(Date.parse(own));
        expect(beijingDateOf(own)).toBe(new Date(Date.parse(own) + 8 * 3_600_000).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    for (const bad of [
      '2026-02-30T10:00:00Z',
      '2026-03-02T24:00:01Z',
      '2026-03-02T10:60:00Z',
      '2026-03-02T10:00:60Z',
      '2026-03-02 10:00:00Z',
      '2026-03-02T1a:00:00Z',
    ])
      expect(() => parseInstant(bad), bad).toThrow(RangeError);
    expect(parseInstant('2026-03-02T24:00:00Z')).toBe(Date.parse('2026-03-03T00:00:00Z'));
    for (const ms of [-62_167_219_200_001, -62_167_219_200_000, 0, -1, 253_402_300_799_999, 253_402_300_800_000])
      expect(formatInstant(ms), String(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
  });
});
