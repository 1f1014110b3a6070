import { describe, expect, it } from 'vitest';

import type { TodayItem } from '@main/ipc/contract/today';
import { translator } from '@test/builders/translator';

import { itemText } from './today-text';

const partner = { partnerId: 'p1', partnerName: 'Lotus Digital', target: { to: 'partner', partnerId: 'p1' } } as const;

const items: TodayItem[] = [
  {
    ...partner,
    kind: 'case-breached',
    id: 'a',
    rule: 'C2',
    urgency: 'now',
    when: '2026-03-02T01:58:00Z',
    target: { to: 'case', caseId: 'c1', partnerId: 'p1' },
    caseId: 'c1',
    customer: 'Shop',
    vendorRef: 'VR-1',
    severity: null,
    dueAt: '2026-03-02T01:58:00Z',
  },
  {
    ...partner,
    kind: 'quota-near-limit',
    id: 'b',
    rule: 'Q1',
    urgency: 'week',
    when: '2026-03-03',
    used: 26,
    limit: 30,
    exhaustsOn: '2026-03-03',
    exhausted: false,
  },
  {
    ...partner,
    kind: 'service-year-ending',
    id: 'c',
    rule: 'S2',
    urgency: 'later',
    when: '2026-04-30',
    lastDay: '2026-04-30',
    keaDaysLeft: 3,
    consultingLeft: 1,
    onsiteTrainingsLeft: 0,
  },
  { ...partner, kind: 'renewal-due', id: 'd', rule: 'S1', urgency: 'now', when: '2026-03-01', renewalOn: '2026-03-01', billing: 'monthly', overdue: true },
  { ...partner, kind: 'consumption-missing', id: 'e', rule: 'M9', urgency: 'month', when: '2026-03-01', month: '2026-02' },
];

describe('itemText', () => {
  it('says each item in a sentence, dates in the language, a due time in Beijing time too', async () => {
    const t = await translator('en');
    const [breached, ...others] = items.map((i) => itemText(t, i, 'en'));
    // T1: the laptop's time, and Beijing time beside it unless the laptop is in Beijing's zone.
    expect(breached).toMatch(/^Lotus Digital: case VR-1 for Shop \(Basic: within 1 working day\) breached; the response was due .*Mar 2, 2026, 09:58\)?\.$/);
    expect(others).toEqual([
      'Lotus Digital: 26 of 30 technical cases used this month; at this pace the quota runs out on Mar 3, 2026.',
      'Lotus Digital: the service year ends on Apr 30, 2026; 3 KEA days, 1 consulting session are still unused and will be lost.',
      "Lotus Digital: the plan's period (Monthly) ended on Mar 1, 2026 and is not renewed.",
      'Lotus Digital: the cloud consumption of February 2026 is not entered, so its incremental fee cannot be settled.',
    ]);
  });

  it('in Simplified Chinese', async () => {
    const t = await translator('zh-CN');
    expect(itemText(t, items[2]!, 'zh-CN')).toBe('Lotus Digital：服务年度于 2026年4月30日 结束；仍有 3 天 KEA、 1 次架构咨询未使用，届时将作废。');
  });
});
