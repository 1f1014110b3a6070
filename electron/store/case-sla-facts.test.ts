import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import { addToSlaFact, appendedSlaText, emptySlaFact, inSlaFacts, isSlaFactText, readSlaFact, slaFactText } from './case-sla-facts';
import type { StoredCase } from './records/cases';

// Answered an hour after opening unless a test says otherwise.
const aCase = (overrides: Partial<StoredCase>): StoredCase => aStoredCase({ state: 'closed', respondedAt: '2026-03-02T03:00:00Z', ...overrides });

const factOf = (cases: StoredCase[]) => {
  const fact = emptySlaFact();
  for (const c of cases) if (inSlaFacts(c)) addToSlaFact(fact, c);
  return fact;
};

describe('a day’s SLA fact', () => {
  it('tallies the outcomes no instant or calendar can change, and keeps what the others are computed from (C2, C3, T5)', () => {
    const fact = factOf([
      aCase({}),
      aCase({ respondedAt: '2026-03-03T03:00:00Z' }),
      aCase({ state: 'withdrawn' }),
      aCase({ correctedSeverity: 'general-guidance', respondedAt: null }),
      // Not in the facts: still worked on (read from memory), voided, or withdrawn before an answer (DECISIONS 28).
      aCase({ state: 'open', respondedAt: null }),
      aCase({ state: 'responded' }),
      aCase({ state: 'voided' }),
      aCase({ state: 'withdrawn', respondedAt: null }),
      // Computed when read: Basic's working-day clock and a case closed unanswered.
      aCase({ level: 'basic', severity: null, respondedAt: '2026-03-03T01:00:00.250Z' }),
      aCase({ respondedAt: null }),
    ]);
    expect([...fact.tally]).toEqual([['e', [2, 1, 1]]]);
    expect(fact.raw).toEqual([
      { level: 'basic', severity: null, correctedSeverity: null, openedAt: '2026-03-02T02:00:00Z', respondedAt: '2026-03-03T01:00:00.250Z' },
      { level: 'standard', severity: 'production-exception', correctedSeverity: null, openedAt: '2026-03-02T02:00:00Z', respondedAt: null },
    ]);
  });

  it('reads back from its text, instants to the millisecond, and a text that is not one reads as nothing', () => {
    const fact = factOf([
      aCase({ correctedSeverity: 'general-guidance' }),
      aCase({ level: 'basic', severity: null, respondedAt: '2026-03-03T01:00:00.250Z' }),
      aCase({ respondedAt: null }),
      aCase({}),
    ]);
    const text = slaFactText(fact);
    const read = readSlaFact(text)!;
    expect(slaFactText(read)).toBe(text);
    expect([...read.tally]).toEqual([...fact.tally]);
    expect(read.raw.map((c) => [Date.parse(c.openedAt), c.respondedAt && Date.parse(c.respondedAt)])).toEqual(
      fact.raw.map((c) => [Date.parse(c.openedAt), c.respondedAt && Date.parse(c.respondedAt)]),
    );
    expect(readSlaFact('')).toEqual(emptySlaFact());
    expect(isSlaFactText(text) && isSlaFactText('')).toBe(true);
    for (const bad of ['x', '|', 'a|b|c', 'e1.2|', 'x1.2.3|', 'e1.2.3,e1.0.0|', '|bnn1', '|bnn1.2.3', '|xnn1.', '|bnx1.', '|bnn!.', 'e1.2.3|bnn1.,']) {
      expect(readSlaFact(bad), bad).toBeUndefined();
      if (bad !== 'e1.2.3,e1.0.0|') expect(isSlaFactText(bad), bad).toBe(false);
    }
  });

  it('of an append is the fact of all the cases, in their order', () => {
    const earlier = [aCase({}), aCase({ level: 'basic', severity: null })];
    const later = [
      aCase({ respondedAt: '2026-03-03T03:00:00Z' }),
      aCase({ severity: 'general-guidance' }),
      aCase({ level: 'basic', severity: null, respondedAt: null }),
    ];
    expect(appendedSlaText(slaFactText(factOf(earlier)), slaFactText(factOf(later)))).toBe(slaFactText(factOf([...earlier, ...later])));
    expect(appendedSlaText('', slaFactText(factOf(later)))).toBe(slaFactText(factOf(later)));
    expect(appendedSlaText(slaFactText(factOf(earlier)), 'e1|')).toBeUndefined();
    expect(appendedSlaText(slaFactText(factOf(earlier)), '')).toBe(slaFactText(factOf(earlier)));
  });
});
