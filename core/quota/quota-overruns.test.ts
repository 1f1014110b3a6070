import { describe, expect, it } from 'vitest';

import { aSubscription } from '@test/builders/domain';

import { monthsOverQuota } from './quota-overruns';
import type { CaseRecord } from './quota-types';

/** `n` technical cases opened on 10 March 2026, 10:00 Beijing. */
const technical = (n: number, overrides: Partial<CaseRecord> = {}): CaseRecord[] =>
  Array.from({ length: n }, () => ({ openedAt: '2026-03-10T02:00:00Z', kind: 'technical' as const, ...overrides }));

describe('Q3 monthsOverQuota', () => {
  it('30 technical cases of a Standard month are within the limit; the 31st is over it', () => {
    const subscription = aSubscription({ level: 'standard' });
    expect(monthsOverQuota({ subscription, cases: technical(30), packs: [] })).toEqual([]);
    expect(monthsOverQuota({ subscription, cases: technical(31), packs: [] })).toMatchObject([{ month: '2026-03', used: 31, limit: 30 }]);
  });

  it('Q3: each pack of the month adds 10, whatever its day; a pack of another month does not', () => {
    const subscription = aSubscription({ level: 'standard' });
    const cases = technical(41);
    expect(monthsOverQuota({ subscription, cases, packs: [{ boughtOn: '2026-03-31', count: 1 }] })).toMatchObject([{ used: 41, limit: 40 }]);
    expect(monthsOverQuota({ subscription, cases, packs: [{ boughtOn: '2026-03-31', count: 2 }] })).toEqual([]);
    expect(monthsOverQuota({ subscription, cases, packs: [{ boughtOn: '2026-02-28', count: 2 }] })).toMatchObject([{ used: 41, limit: 30 }]);
  });

  it('Q4: voided cases and service cases do not count', () => {
    const subscription = aSubscription({ level: 'standard' });
    const cases = [...technical(30), ...technical(1, { voided: true }), ...technical(5, { kind: 'service' })];
    expect(monthsOverQuota({ subscription, cases, packs: [] })).toEqual([]);
  });

  it('Q5: Premier months are unlimited, and cases opened before Standard came in force do not count', () => {
    expect(monthsOverQuota({ subscription: aSubscription({ level: 'premier' }), cases: technical(200), packs: [] })).toEqual([]);
    const upgraded = aSubscription({ level: 'premier', changes: [{ from: '2026-03-11', level: 'standard' }] });
    // 40 on 10 March under Premier, 31 on 11 March under Standard: only the latter count.
    const later = technical(31, { openedAt: '2026-03-11T02:00:00Z' });
    expect(monthsOverQuota({ subscription: upgraded, cases: [...technical(40), ...later], packs: [] })).toMatchObject([{ used: 31, limit: 30 }]);
  });

  it('T1: a case counts in the Beijing month it was opened in, and months come in order', () => {
    const subscription = aSubscription({ level: 'standard' });
    // 31 March 16:30 UTC is 1 April 00:30 in Beijing.
    const april = technical(31, { openedAt: '2026-03-31T16:30:00Z' });
    const january = technical(31, { openedAt: '2026-01-15T02:00:00Z' });
    expect(monthsOverQuota({ subscription, cases: [...april, ...january, ...technical(30)], packs: [] }).map((m) => m.month)).toEqual(['2026-01', '2026-04']);
  });
});
