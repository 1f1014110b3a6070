import { describe, expect, it } from 'vitest';

import { planCatalog } from '@core/catalog';
import type { Partner } from '@main/ipc/contract';
import { translator } from '@test/builders/translator';

import { formatDuration } from '../../ui/duration';
import { includedCell, targetCell } from './plan-cells';
import { groupByLevel } from './plans-store';

describe('plan catalog cells', () => {
  it('durations read in the user language', async () => {
    const t = await translator('en');
    expect([15, 30, 180, 480, 960, 90].map((m) => formatDuration(t, m))).toEqual(['15 min', '30 min', '3 h', '8 h', '16 h', '1 h 30 min']);
    const zh = await translator('zh-CN');
    expect([15, 180].map((m) => formatDuration(zh, m))).toEqual(['15 分钟', '3 小时']);
  });

  it('P2: Premier answers core outages in 15 minutes; Standard does not offer that severity', async () => {
    const t = await translator('en');
    expect(targetCell(t, planCatalog.plans.premier, 'core-production-unavailable')).toBe('15 min');
    expect(targetCell(t, planCatalog.plans.standard, 'core-production-unavailable')).toBe('Not offered');
    expect(targetCell(t, planCatalog.plans.standard, 'production-exception')).toBe('3 h');
  });

  it('Table 3-1: Standard has 30 cases a month and packs; Basic has no technical support', async () => {
    const t = await translator('en');
    expect(includedCell(t, planCatalog.plans.standard, 'technicalSupport')).toEqual(['30 cases a month', 'Add-on packs of 10 cases']);
    expect(includedCell(t, planCatalog.plans.basic, 'technicalSupport')).toEqual(['Not included']);
    expect(includedCell(t, planCatalog.plans.premier, 'tam')).toEqual(['8/5: working days, 09:00–17:00 Beijing time']);
    expect(includedCell(t, planCatalog.plans.premier, 'consulting')).toEqual(['8 sessions a service year, once a month at most', 'Up to 8 h a session']);
  });
});

describe('partners by level', () => {
  const partner = (id: string, name: string) => ({ id, name }) as Partner;

  it("groups by today's level, sorted by name, and counts those without a plan", () => {
    const grouped = groupByLevel(
      [partner('a', 'Cedar'), partner('b', 'Azure'), partner('c', 'Birch'), partner('d', 'Delta')],
      [
        { partnerId: 'a', level: 'premier' },
        { partnerId: 'b', level: 'premier' },
        { partnerId: 'c', level: null },
      ],
    );
    expect(grouped.byLevel.premier.map((p) => p.name)).toEqual(['Azure', 'Cedar']);
    expect(grouped.byLevel.standard).toEqual([]);
    expect(grouped.withoutPlan).toBe(2);
  });
});
