import { describe, expect, it } from 'vitest';
import { beijingText } from './import-cells';

describe('beijingText', () => {
  it('T1: shows a stored instant in Beijing time, whatever the laptop zone', () => {
    expect(beijingText('2026-03-31T16:30:00Z')).toBe('2026-04-01 00:30');
    expect(beijingText('2026-03-02T10:00:00+09:00')).toBe('2026-03-02 09:00');
    expect(beijingText('2026-12-31T23:59:59-05:00')).toBe('2027-01-01 12:59');
  });

  it('shows text that is not an instant as the file wrote it', () => {
    expect(beijingText('yesterday')).toBe('yesterday');
    expect(beijingText('2026-03-02 10:00')).toBe('2026-03-02 10:00');
    expect(beijingText('2026-02-30T10:00:00Z')).toBe('2026-02-30T10:00:00Z');
  });
});
