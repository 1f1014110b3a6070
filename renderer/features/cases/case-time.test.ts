import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './case-time';

describe('case times', () => {
  it('round-trips a datetime-local value through an instant with its offset, in any zone', () => {
    const ms = Date.parse('2026-03-02T02:05:00Z');
    const iso = fromLocalInput(toLocalInput(ms));
    expect(iso).toMatch(/[+-]\d{2}:\d{2}$|Z$/);
    expect(Date.parse(iso ?? '')).toBe(ms);
    expect(fromLocalInput('2026-03-0')).toBeNull();
  });

});
