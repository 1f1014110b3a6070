import { describe, expect, it } from 'vitest';

import { aSubscription, technicalCases } from '@test/builders/domain';

import { checkOpenCase } from './open-case';

const request = { openedAt: '2026-03-30T02:00:00Z', kind: 'technical' as const, severity: 'system-exception' as const };
const open = (input: Partial<Parameters<typeof checkOpenCase>[0]>) => checkOpenCase({ subscription: aSubscription(), cases: [], packs: [], request, ...input });
const code = (r: ReturnType<typeof checkOpenCase>) => (r.ok ? r.value.remainingThisMonth : r.error.code);

describe('Q1-Q5 checkOpenCase', () => {
  it('counts down the 30 included cases and refuses the 31st with a plain message', () => {
    expect(code(open({ cases: technicalCases(29) }))).toBe(0);
    const refused = open({ cases: technicalCases(30) });
    expect(code(refused)).toBe('TICKET_QUOTA_EXHAUSTED');
    expect(refused.ok ? '' : refused.error.message).toBe(
      'Standard includes 30 technical cases a month; 30 are used; buy an add-on pack of 10 or wait until 1 April 2026.',
    );
    expect(refused.ok ? null : refused.error.data).toMatchObject({ used: 30, limit: 30, resetOn: '2026-04-01' });
  });

  it('answers a running count (an import) exactly as the cases it counts', () => {
    for (const n of [0, 29, 30, 45]) {
      const packs = [{ boughtOn: '2026-03-29', count: 1 }];
      expect(checkOpenCase({ subscription: aSubscription(), used: n, packs, request })).toEqual(
        checkOpenCase({ subscription: aSubscription(), cases: technicalCases(n), packs, request }),
      );
    }
  });

  it('Q3: each pack adds 10, from its purchase date', () => {
    expect(code(open({ cases: technicalCases(30), packs: [{ boughtOn: '2026-03-29', count: 2 }] }))).toBe(19);
    expect(code(open({ cases: technicalCases(30), packs: [{ boughtOn: '2026-03-31', count: 1 }] }))).toBe('TICKET_QUOTA_EXHAUSTED');
    expect(code(open({ cases: technicalCases(30), packs: [{ boughtOn: '2026-02-27', count: 1 }] }))).toBe('TICKET_QUOTA_EXHAUSTED');
  });

  it('Q4: voided cases do not count; service cases never count', () => {
    const cases = [
      ...technicalCases(29),
      { openedAt: '2026-03-05T02:00:00Z', kind: 'technical' as const, voided: true },
      { openedAt: '2026-03-05T02:00:00Z', kind: 'service' as const },
    ];
    expect(code(open({ cases }))).toBe(0);
  });

  it('Q1 / T1: the month is the Beijing month of the opening instant', () => {
    // 31 Mar 16:30 UTC is 1 April in Beijing: a fresh month.
    expect(code(open({ cases: technicalCases(30), request: { ...request, openedAt: '2026-03-31T16:30:00Z' } }))).toBe(29);
    // 28 Feb 16:30 UTC is already 1 March in Beijing, so it counts in March.
    const cases = [...technicalCases(29), { openedAt: '2026-02-28T16:30:00Z', kind: 'technical' as const }];
    expect(code(open({ cases }))).toBe('TICKET_QUOTA_EXHAUSTED');
  });

  it('Q5: only cases opened on Standard count, and a partial Standard month has the full 30', () => {
    const sub = aSubscription({ level: 'premier', changes: [{ from: '2026-03-20', level: 'standard' }] });
    // 29 cases under Premier in early March do not count.
    expect(code(open({ subscription: sub, cases: technicalCases(19) }))).toBe(29);
  });

  it('P3 / S5: refusals by level', () => {
    expect(code(open({ subscription: aSubscription({ level: 'basic' }), request: { openedAt: request.openedAt, kind: 'technical' } }))).toBe(
      'TECH_SUPPORT_NOT_INCLUDED',
    );
    expect(code(open({ subscription: aSubscription({ level: 'basic' }), request: { openedAt: request.openedAt, kind: 'service' } }))).toBeNull();
    expect(code(open({ subscription: aSubscription({ level: 'standard' }), request: { ...request, severity: 'core-production-unavailable' } }))).toBe(
      'SEVERITY_NOT_IN_PLAN',
    );
    expect(code(open({ subscription: aSubscription({ level: 'premier' }), request: { ...request, severity: 'core-production-unavailable' } }))).toBeNull();
    expect(code(open({ request: { openedAt: request.openedAt, kind: 'service' } }))).toBeNull();
    expect(code(open({ subscription: aSubscription({ changes: [{ from: '2026-03-01', level: null }] }) }))).toBe('NO_ACTIVE_SUBSCRIPTION');
  });
});
