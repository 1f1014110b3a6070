import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { parseInstant } from '../time';
import { dueAt } from './due';
import { exactInstant } from './exact-instant';
import { slaMilestones } from './milestones';
import { slaStatus, type SlaStatusInput } from './status';

// Standard, production system unavailable: a 30-minute target around the clock (P2, C1).
const opened = {
  subscription: aSubscription({ level: 'standard' }),
  calendar: calendar2026,
  severity: 'production-unavailable',
  openedAt: '2026-03-02T01:00:00.500Z',
} as const;
const status = (input: Partial<SlaStatusInput>) => {
  const r = slaStatus({ ...opened, now: '2026-03-03T00:00:00Z', ...input });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('C1 / C2: the due instant keeps its milliseconds', () => {
  it('a case opened at 01:00:00.500 on a 30-minute target is due at 01:30:00.500 exactly', () => {
    const r = dueAt(opened);
    expect(r.ok && r.value).toMatchObject({ dueAt: '2026-03-02T01:30:00.500Z', dueMs: Date.parse('2026-03-02T01:30:00.500Z') });
  });

  it('answered at the due instant is met; a millisecond later is missed', () => {
    expect(status({ respondedAt: '2026-03-02T01:30:00.500Z' }).status).toBe('met');
    expect(status({ respondedAt: '2026-03-02T01:30:00.501Z' }).status).toBe('missed');
  });

  it('unanswered at the due instant is at risk; a millisecond later it is breached', () => {
    expect(status({ now: '2026-03-02T01:30:00.500Z' })).toMatchObject({ status: 'at-risk', remainingMs: 0, overdueMs: 0 });
    expect(status({ now: '2026-03-02T01:30:00.501Z' })).toMatchObject({ status: 'breached', overdueMs: 1 });
  });

  it('the at-risk milestone keeps its milliseconds too (75 % of 30 min after 01:00:00.500)', () => {
    const m = slaMilestones(opened);
    expect(m.ok && [m.value.atRiskMs, m.value.dueMs]).toEqual([Date.parse('2026-03-02T01:22:30.500Z'), Date.parse('2026-03-02T01:30:00.500Z')]);
    expect(status({ now: '2026-03-02T01:22:30.499Z' }).status).toBe('running');
    expect(status({ now: '2026-03-02T01:22:30.500Z' }).status).toBe('at-risk');
  });

  it('T5: on Basic the working-time due instant keeps them as well', () => {
    const r = dueAt({ subscription: aSubscription({ level: 'basic' }), calendar: calendar2026, openedAt: '2026-03-06T15:00:00.250+08:00' });
    expect(r.ok && r.value.dueAt).toBe('2026-03-09T07:00:00.250Z');
  });

  it('whole seconds are written in the app’s own form, without milliseconds', () => {
    const r = dueAt({ ...opened, openedAt: '2026-03-02T01:00:00Z' });
    expect(r.ok && r.value.dueAt).toBe('2026-03-02T01:30:00Z');
  });

  it('property: the written instant reads back as the same millisecond', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2205-12-31T23:59:59.999Z') }), (ms) => {
        const written = exactInstant(ms);
        expect(parseInstant(written)).toBe(ms);
        expect(Date.parse(written)).toBe(ms);
      }),
      { numRuns: 2000 },
    );
    for (let ms = 0; ms < 1000; ms += 1) expect(parseInstant(exactInstant(Date.UTC(2026, 2, 2) + ms)), String(ms)).toBe(Date.UTC(2026, 2, 2) + ms);
  });
});
