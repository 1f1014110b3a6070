import { describe, expect, it } from 'vitest';
import type { CaseRecordStored } from '../ipc/contract';
import { caseFactsOf, caseFactsText, readCaseFacts } from './case-facts';

const aCase = (overrides: Partial<CaseRecordStored>) => ({ id: 'c', partnerId: 'p-1', kind: 'technical', state: 'open', vendorRef: '', openedAt: '2026-03-02T02:00:00Z', ...overrides }) as CaseRecordStored;

describe('case facts', () => {
  it('count per partner the technical cases not voided (withdrawn ones count, Q4), the references in lower case, and the Beijing second of each opening', () => {
    const facts = caseFactsOf([
      aCase({ vendorRef: 'VC-1' }),
      aCase({ state: 'voided', openedAt: '2026-03-01T16:00:01Z' }),
      aCase({ state: 'withdrawn' }),
      aCase({ kind: 'service', vendorRef: 'vc-2' }),
      aCase({ partnerId: 'p-2' }),
    ]);
    expect(facts).toEqual({ 'p-1': { t: 2, r: ['vc-1', 'vc-2'], o: [36_000, 1, 36_000, 36_000] }, 'p-2': { t: 1, r: [], o: [36_000] } });
  });

  it('read back from their text, and a text that is not theirs reads as nothing', () => {
    const cases = [aCase({ vendorRef: 'VC-1' })];
    expect(readCaseFacts(caseFactsText(cases))).toEqual(caseFactsOf(cases));
    for (const bad of ['', '{', '[]', 'null', '{"p-1":{"t":-1,"r":[],"o":[]}}', '{"p-1":{"t":1,"r":[2],"o":[]}}', '{"p-1":{"t":1,"r":[],"o":[86400]}}', '{"p-1":{"t":1,"r":[]}}']) {
      expect(readCaseFacts(bad), bad).toBeUndefined();
    }
  });
});
