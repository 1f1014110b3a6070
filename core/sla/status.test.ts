import { describe, expect, it } from 'vitest';

import { aSubscription, calendar2026 } from '@test/builders/domain';

import { slaStatus, type SlaStatusInput } from './status';

const status = (input: Partial<SlaStatusInput>) => {
  const r = slaStatus({
    subscription: aSubscription({ level: 'standard' }),
    calendar: calendar2026,
    severity: 'production-exception', // 3 h
    openedAt: '2026-03-02T01:00:00Z',
    now: '2026-03-02T02:00:00Z',
    ...input,
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('C3 a correction to a severity the level does not offer', () => {
  it('still voids the guarantee, with the clock on the original severity', () => {
    const r = status({ correctedSeverity: 'core-production-unavailable', now: '2026-03-02T03:15:00Z' });
    expect(r).toMatchObject({ status: 'not-guaranteed', clockStatus: 'at-risk', guaranteed: false });
  });
});

describe('C2 slaStatus', () => {
  it('running, at-risk from 75 %, breached after due', () => {
    expect(status({ now: '2026-03-02T03:14:59Z' }).status).toBe('running');
    expect(status({ now: '2026-03-02T03:15:00Z' }).status).toBe('at-risk');
    expect(status({ now: '2026-03-02T04:00:00Z' }).status).toBe('at-risk');
    const breached = status({ now: '2026-03-02T04:00:01Z' });
    expect(breached).toMatchObject({ status: 'breached', remainingMs: 0, overdueMs: 1000 });
    expect(status({ now: '2026-03-02T02:00:00Z' }).remainingMs).toBe(2 * 3_600_000);
  });

  it('met at or before due, missed after', () => {
    expect(status({ respondedAt: '2026-03-02T04:00:00Z', now: '2026-03-03T00:00:00Z' }).status).toBe('met');
    expect(status({ respondedAt: '2026-03-02T04:00:01Z', now: '2026-03-03T00:00:00Z' })).toMatchObject({ status: 'missed', overdueMs: 1000 });
  });

  it('Basic: at-risk after 75 % of working time, weekends not counted', () => {
    const base = { subscription: aSubscription({ level: 'basic' }), openedAt: '2026-03-06T15:00:00+08:00', severity: undefined };
    // Fri 15:00 → 9 h on Friday; Saturday and Sunday do not run; Mon 09:00 = 18 h = 75 %.
    expect(status({ ...base, now: '2026-03-08T23:00:00+08:00' }).status).toBe('running');
    expect(status({ ...base, now: '2026-03-09T09:00:00+08:00' }).status).toBe('at-risk');
    expect(status({ ...base, now: '2026-03-09T15:00:01+08:00' }).status).toBe('breached');
  });

  it('C3: a corrected severity is not guaranteed; the clock is shown for information', () => {
    const s = status({
      subscription: aSubscription({ level: 'premier' }),
      severity: 'core-production-unavailable',
      correctedSeverity: 'general-guidance',
      respondedAt: '2026-03-02T02:00:00Z',
    });
    expect(s).toMatchObject({ status: 'not-guaranteed', clockStatus: 'met', guaranteed: false, dueAt: '2026-03-02T17:00:00Z' });
    expect(status({ correctedSeverity: 'production-exception' }).status).toBe('running');
  });
});
