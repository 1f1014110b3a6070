import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { daysAtLevel, inForceThroughout, levelOn, levelSpans } from './level-timeline';

const sub = aSubscription({
  level: 'standard',
  changes: [
    { from: '2026-03-15', level: 'premier' },
    { from: '2026-06-01', level: null },
  ],
});

describe('S3 levelOn', () => {
  it('is the latest change on or before the date', () => {
    expect(levelOn(sub, '2025-12-31')).toBeNull();
    expect(levelOn(sub, '2026-01-01')).toBe('standard');
    expect(levelOn(sub, '2026-03-14')).toBe('standard');
    expect(levelOn(sub, '2026-03-15')).toBe('premier');
    expect(levelOn(sub, '2026-06-01')).toBeNull(); // S5
  });

  it('does not depend on the order of the timeline entries', () => {
    const shuffled = { ...sub, levels: [...sub.levels].reverse() };
    expect(levelOn(shuffled, '2026-04-01')).toBe('premier');
  });

  it('splits a range into level spans and counts days per level', () => {
    expect(levelSpans(sub, '2026-03-01', '2026-04-01')).toEqual([
      { level: 'standard', start: '2026-03-01', end: '2026-03-15' },
      { level: 'premier', start: '2026-03-15', end: '2026-04-01' },
    ]);
    expect(daysAtLevel(sub, 'standard', '2026-03-01', '2026-04-01')).toBe(14);
    expect(daysAtLevel(sub, 'premier', '2026-03-01', '2026-04-01')).toBe(17);
    expect(inForceThroughout(sub, '2026-05-30', '2026-05-31')).toBe(true);
    expect(inForceThroughout(sub, '2026-05-30', '2026-06-01')).toBe(false);
  });
});
