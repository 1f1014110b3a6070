import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import { addedCaseFacts, appendedCaseFacts, caseFactsOf, caseFactsText, readCaseFacts } from './case-facts';
import type { StoredCase } from './records/cases';

const aCase = (overrides: Partial<StoredCase>): StoredCase => aStoredCase(overrides);

describe('case facts', () => {
  it('count per partner the technical cases not voided (withdrawn ones count, Q4), the references in lower case, and the Beijing second of each opening', () => {
    const facts = caseFactsOf([
      aCase({ vendorRef: 'VC-1' }),
      aCase({ state: 'voided', openedAt: '2026-03-01T16:00:01Z' }),
      aCase({ state: 'withdrawn' }),
      aCase({ kind: 'service', vendorRef: 'vc-2' }),
      aCase({ partnerId: 'p-2' }),
    ]);
    // Open cases are still worked on, and a voided one is not rated: no SLA outcome (see case-sla-facts).
    expect(facts).toEqual({ 'p-1': { t: 2, r: ['vc-1', 'vc-2'], o: [36_000, 1, 36_000, 36_000], s: '' }, 'p-2': { t: 1, r: [], o: [36_000], s: '' } });
  });

  it('read back from their text, and a text that is not theirs reads as nothing', () => {
    const cases = [aCase({ vendorRef: 'VC-1' })];
    expect(readCaseFacts(caseFactsText(cases))).toEqual(caseFactsOf(cases));
    for (const bad of [
      '',
      '{',
      '[]',
      'null',
      '{"p-1":{"t":-1,"r":[],"o":[]}}',
      '{"p-1":{"t":1,"r":[2],"o":[]}}',
      '{"p-1":{"t":1,"r":[],"o":[86400]}}',
      '{"p-1":{"t":1,"r":[]}}',
      '{"p-1":{"t":1,"r":[],"o":[]}}',
      '{"p-1":{"t":1,"r":[],"o":[],"s":1}}',
    ]) {
      expect(readCaseFacts(bad), bad).toBeUndefined();
    }
  });

  it('of cases appended to a day are the facts of all its cases, summed up from the new ones alone', () => {
    const stored = [
      aCase({ id: 'a', vendorRef: 'VC-1', state: 'closed', respondedAt: '2026-03-02T03:00:00Z' }),
      aCase({ id: 'b', partnerId: 'p-2', level: 'basic', severity: null, kind: 'service', state: 'closed', respondedAt: '2026-03-03T03:00:00Z' }),
    ];
    const added = [
      aCase({ id: 'c', state: 'closed', respondedAt: '2026-03-02T20:00:00Z' }),
      aCase({ id: 'd', partnerId: 'p-3', state: 'withdrawn', respondedAt: '2026-03-02T02:30:00Z', correctedSeverity: 'general-guidance' }),
      aCase({ id: 'e', partnerId: 'p-2', level: 'basic', severity: null, kind: 'service', state: 'closed', respondedAt: null }),
      aCase({ id: 'f' }),
    ];
    expect(appendedCaseFacts(caseFactsText(stored), added)).toBe(caseFactsText([...stored, ...added]));
    expect(appendedCaseFacts('{', added)).toBeUndefined();
    // The same from facts already read, which stay as they were: a report may still hold them.
    const before = caseFactsOf(stored);
    const kept = structuredClone(before);
    expect(addedCaseFacts(before, added)).toEqual(caseFactsOf([...stored, ...added]));
    expect(before).toEqual(kept);
  });
});
