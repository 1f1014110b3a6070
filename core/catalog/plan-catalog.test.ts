import { describe, expect, it } from 'vitest';

import { caseCategories } from './case-categories';
import { planCatalog, planOf } from './plan-catalog';
import { severities } from './severities';

describe('P1-P4 plan catalog', () => {
  it('is the edition of the product description', () => {
    expect(planCatalog.edition).toBe('Issue 04, 2022-01-06');
  });

  it('P2: response targets in minutes; Standard has no core-production severity', () => {
    expect(planOf('premier').responseTargets).toEqual({
      'core-production-unavailable': 15,
      'production-unavailable': 30,
      'production-exception': 180,
      'system-exception': 480,
      'general-guidance': 960,
    });
    expect(planOf('standard').responseTargets['core-production-unavailable']).toBeUndefined();
    expect(planOf('basic').responseTargets).toEqual({});
    expect(planOf('basic').acceptanceWorkingDays).toBe(1);
  });

  it('Table 3-1 quotas', () => {
    expect(planOf('standard')).toMatchObject({
      technicalCasesPerMonth: 30,
      addonPackCases: 10,
      keaDaysPerServiceYear: 4,
      consulting: { maxHours: 4, sessionsPerServiceYear: 4 },
      priority: 'normal',
      tam: null,
    });
    expect(planOf('premier')).toMatchObject({
      technicalCasesPerMonth: null,
      keaDaysPerServiceYear: 8,
      consulting: { maxHours: 8, sessionsPerServiceYear: 8 },
      priority: 'high',
      tam: { fromHour: 9, toHour: 17 },
      monthlyServiceReport: true,
    });
    expect(planOf('premier').training.onsitePerServiceYear).toBe(1);
    expect(planOf('basic').technicalSupport).toBe(false);
  });

  it('severities and case categories have unique stable ids', () => {
    expect(new Set(severities.map((s) => s.id)).size).toBe(5);
    expect(severities.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(caseCategories.map((c) => c.id)).size).toBe(caseCategories.length);
    expect(caseCategories.filter((c) => c.kind === 'service').map((c) => c.id)).toEqual(['quota-adjustment', 'accounting-dispute', 'account-question']);
  });
});
