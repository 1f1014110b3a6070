import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { type Level, severityIds } from '../catalog';
import { formatInstant, parseInstant } from '../time';
import { dueAt } from './due';

const due = (level: Level, openedAt: string, severity?: (typeof severityIds)[number]) => {
  const r = dueAt({ subscription: aSubscription({ level }), calendar: calendar2026, openedAt, ...(severity ? { severity } : {}) });
  return r.ok ? r.value.dueAt : r.error.code;
};

describe('C1 dueAt', () => {
  it('adds the P2 target around the clock on Standard and Premier', () => {
    expect(due('premier', '2026-03-02T10:00:00+08:00', 'core-production-unavailable')).toBe('2026-03-02T02:15:00Z');
    expect(due('standard', '2026-03-06T20:00:00+08:00', 'general-guidance')).toBe('2026-03-07T04:00:00Z');
    expect(due('standard', '2026-09-30T23:00:00+08:00', 'system-exception')).toBe('2026-09-30T23:00:00Z'); // holidays ignored
    expect(due('standard', '2026-03-02T10:00:00+08:00', 'core-production-unavailable')).toBe('SEVERITY_NOT_IN_PLAN');
  });

  it('uses the T5 working-time clock on Basic', () => {
    expect(due('basic', '2026-03-06T15:00:00+08:00')).toBe('2026-03-09T07:00:00Z');
    expect(due('basic', '2026-09-30T12:00:00+08:00')).toBe('2026-10-08T04:00:00Z');
    expect(due('basic', '2026-03-06T15:00:00+08:00', 'general-guidance')).toBe('SEVERITY_NOT_IN_PLAN');
  });

  it('C4: the level of the opening date applies', () => {
    const sub = aSubscription({ level: 'standard', changes: [{ from: '2026-03-02', level: 'premier' }] });
    // 1 March 23:00 Beijing is still Standard, so core-production-unavailable is not offered.
    const before = dueAt({ subscription: sub, calendar: calendar2026, openedAt: '2026-03-01T15:00:00Z', severity: 'core-production-unavailable' });
    expect(before.ok ? null : before.error.code).toBe('SEVERITY_NOT_IN_PLAN');
    const after = dueAt({ subscription: sub, calendar: calendar2026, openedAt: '2026-03-01T16:00:00Z', severity: 'core-production-unavailable' });
    expect(after.ok && after.value.dueAt).toBe('2026-03-01T16:15:00Z');
  });

  it('property: dueAt ≥ openedAt for every level and severity offered', () => {
    const base = parseInstant('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 * 24 * 60 }),
        fc.constantFrom<Level>('basic', 'standard', 'premier'),
        fc.constantFrom(...severityIds),
        (minute, level, severity) => {
          const openedAt = formatInstant(base + minute * 60_000);
          const r = dueAt({ subscription: aSubscription({ level }), calendar: calendar2026, openedAt, ...(level === 'basic' ? {} : { severity }) });
          if (!r.ok) {
            expect(r.error.code).toBe('SEVERITY_NOT_IN_PLAN');
            return;
          }
          expect(parseInstant(r.value.dueAt)).toBeGreaterThanOrEqual(parseInstant(openedAt));
        },
      ),
    );
  });
});
