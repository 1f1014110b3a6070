import { describe, expect, it } from 'vitest';

import { aSubscription, technicalCases } from '@test/builders/domain';

import { countsTowardQuota } from './month-usage';
import { partnerQuotas } from './partner-quotas';
import { partnerQuotasCounted } from './partner-quotas-counted';
import type { CaseRecord } from './quota-types';

describe('partnerQuotasCounted', () => {
  it('answers what partnerQuotas answers given the cases, from their count (Q1-Q5)', () => {
    const subscriptions = [
      aSubscription(),
      aSubscription({ level: 'premier' }),
      aSubscription({ level: 'basic' }),
      aSubscription({ billing: 'monthly' }),
      // Q5: Standard for part of the month, either way round.
      aSubscription({ changes: [{ from: '2026-03-12', level: 'premier' }] }),
      aSubscription({ level: 'basic', changes: [{ from: '2026-03-20', level: 'standard' }] }),
      aSubscription({ start: '2026-03-15' }),
      null,
    ];
    const caseSets: CaseRecord[][] = [
      [],
      technicalCases(12),
      technicalCases(45),
      [...technicalCases(31), { openedAt: '2026-03-03T02:00:00Z', kind: 'technical', voided: true }, { openedAt: '2026-03-03T02:00:00Z', kind: 'service' }],
    ];
    for (const subscription of subscriptions) {
      for (const cases of caseSets) {
        for (const today of ['2026-03-10', '2026-03-31', '2026-04-02']) {
          const input = {
            subscription,
            packs: [
              { boughtOn: '2026-03-05', count: 1 },
              { boughtOn: '2026-02-27', count: 2 },
            ],
            kea: [],
            consulting: [],
            trainings: [],
            month: '2026-03',
            today,
          };
          const used = subscription ? cases.filter((c) => countsTowardQuota(subscription, c, '2026-03')).length : 0;
          expect(partnerQuotasCounted({ ...input, used }), JSON.stringify({ subscription, n: cases.length, today })).toEqual(
            partnerQuotas({ ...input, cases }),
          );
        }
      }
    }
  });
});
