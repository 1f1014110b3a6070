import { describe, expect, it } from 'vitest';

import { aRecordedSubscription } from '@test/builders/domain';

import { todayItems, todayList } from './today-items';
import { aTodayCase, aTodayPartner, todayInput } from './today-test-builders';

describe('todayItems', () => {
  const partner = aTodayPartner({ subscription: aRecordedSubscription({ level: 'standard', start: '2026-02-10', billing: 'monthly' }), usedThisMonth: 28 });
  const input = todayInput({ now: '2026-03-02T09:00:00Z', partners: [partner], cases: [aTodayCase()] });

  it("orders every kind by urgency: a case at risk, then a quota running out tomorrow, then this month's items earliest first", () => {
    // Period [2026-02-10, 2026-03-10): renewal due in 8 days; 28 of 30 used by day 2 runs out on day 3.
    expect(todayItems(input).map((i) => [i.kind, i.urgency, i.when])).toEqual([
      ['case-at-risk', 'now', '2026-03-02T10:00:00Z'],
      ['quota-near-limit', 'week', '2026-03-03'],
      ['consumption-missing', 'month', '2026-03-01'],
      ['renewal-due', 'month', '2026-03-10'],
    ]);
  });

  it('leaves out the kinds hidden in Settings', () => {
    expect(todayItems({ ...input, hidden: ['case-at-risk', 'consumption-missing'] }).map((i) => i.kind)).toEqual(['quota-near-limit', 'renewal-due']);
  });

  it('T2: the calendar coverage warning links to Settings, now when a year in use is not covered', () => {
    const near = todayItems(todayInput({ coverage: { uncoveredYearsInUse: [], nextYearUncovered: true, nextYear: 2027 } }));
    expect(near).toEqual([expect.objectContaining({ kind: 'calendar-coverage', rule: 'T2', urgency: 'month', nextYear: 2027, target: { to: 'settings' } })]);
    const used = todayItems(todayInput({ coverage: { uncoveredYearsInUse: [2027], nextYearUncovered: false, nextYear: 2027 } }));
    expect(used[0]).toMatchObject({ urgency: 'now', uncoveredYears: [2027] });
    expect(todayItems(todayInput())).toEqual([]);
  });
});

describe('todayList', () => {
  it('keeps the most urgent items of each kind and counts them all', () => {
    const at = (h: number) => `2026-03-02T0${h}:00:00Z`;
    const cases = [3, 1, 2].map((h) => aTodayCase({ id: `c${h}`, atRiskMs: 0, dueMs: Date.parse(at(h)), dueAt: at(h) }));
    const list = todayList(todayInput({ now: '2026-03-02T09:00:00Z', partners: [aTodayPartner()], cases }), 2);
    expect(list.items.map((i) => i.id)).toEqual(['case-breached:c1', 'case-breached:c2']);
    expect(list).toMatchObject({ counts: { 'case-breached': 3 }, total: 3 });
  });
});
