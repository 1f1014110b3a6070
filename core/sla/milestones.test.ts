import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { workingTimeBetween } from '../calendar';
import { clockStatusAt, nextChangeAt, slaMilestones } from './milestones';

const HOUR = 3_600_000;

function milestonesOf(input: Partial<Parameters<typeof slaMilestones>[0]>) {
  const r = slaMilestones({
    subscription: aSubscription({ level: 'premier' }),
    calendar: calendar2026,
    severity: 'core-production-unavailable',
    openedAt: '2026-03-02T01:00:00Z',
    ...input,
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('C2 milestones', () => {
  it('Premier core production: at risk after 11 min 15 s, due after 15 min', () => {
    const m = milestonesOf({});
    expect(new Date(m.atRiskMs).toISOString()).toBe('2026-03-02T01:11:15.000Z');
    expect(new Date(m.dueMs).toISOString()).toBe('2026-03-02T01:15:00.000Z');
    expect(clockStatusAt(m, m.atRiskMs - 1, null)).toBe('running');
    expect(clockStatusAt(m, m.atRiskMs, null)).toBe('at-risk');
    expect(clockStatusAt(m, m.dueMs, null)).toBe('at-risk');
    expect(clockStatusAt(m, m.dueMs + 1, null)).toBe('breached');
    expect(clockStatusAt(m, m.dueMs + HOUR, m.dueMs)).toBe('met');
    expect(clockStatusAt(m, m.dueMs + HOUR, m.dueMs + 1)).toBe('missed');
  });

  it('nextChangeAt walks running → at-risk → breached, then stops', () => {
    const m = milestonesOf({});
    expect(nextChangeAt(m, m.openedMs)).toBe(m.atRiskMs);
    expect(nextChangeAt(m, m.atRiskMs)).toBe(m.dueMs + 1);
    expect(nextChangeAt(m, m.dueMs + 1)).toBeNull();
  });

  it('Basic opened Friday 06:00 Beijing is at risk at Friday midnight, not on Monday (T5)', () => {
    const m = milestonesOf({ subscription: aSubscription({ level: 'basic' }), severity: undefined, openedAt: '2026-03-06T06:00:00+08:00' });
    expect(new Date(m.atRiskMs).toISOString()).toBe('2026-03-06T16:00:00.000Z');
  });

  it('C3: a corrected case is not guaranteed and runs against the corrected target', () => {
    const m = milestonesOf({ correctedSeverity: 'general-guidance' });
    expect(m).toMatchObject({ guaranteed: false, dueAt: '2026-03-02T17:00:00Z' });
  });

  it('Basic: at risk exactly when 75 % of the working-time target has run (property)', () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 * 24 * 60 }), fc.integer({ min: 0, max: 6 * 24 * 60 }), (openedMin, afterMin) => {
        const openedMs = start + openedMin * 60_000;
        const m = milestonesOf({ subscription: aSubscription({ level: 'basic' }), severity: undefined, openedAt: new Date(openedMs).toISOString() });
        const now = openedMs + afterMin * 60_000;
        const byDefinition = workingTimeBetween(calendar2026, openedMs, now) * 4 >= m.targetMs * 3;
        expect(now >= m.atRiskMs).toBe(byDefinition);
      }),
      { numRuns: 300 },
    );
  });
});
