import { describe, expect, it } from 'vitest';

import { aRecordedSubscription } from '@test/builders/domain';

import { planItems } from './plan-items';
import { aTodayPartner } from './today-test-builders';

// Monthly Standard from 2026-03-10: the period in force is [2026-03-10, 2026-04-10) (no renewal recorded).
const monthly = aRecordedSubscription({ level: 'standard', start: '2026-03-10', billing: 'monthly' });
const of = (over: Parameters<typeof aTodayPartner>[0], today: string) =>
  planItems(aTodayPartner({ consumptionMonths: ['2026-02', '2026-03', '2026-04'], ...over }), today);
const kinds = (over: Parameters<typeof aTodayPartner>[0], today: string) => of(over, today).map((i) => i.kind);

describe('renewal due (S1)', () => {
  it('from 30 days before the period ends (planStatus), overdue once it has ended', () => {
    // Period [2026-03-10, 2026-04-10): renewal opens on 2026-03-11.
    expect(kinds({ subscription: monthly }, '2026-03-10')).toEqual([]);
    expect(of({ subscription: monthly }, '2026-03-11')[0]).toMatchObject({
      kind: 'renewal-due',
      rule: 'S1',
      renewalOn: '2026-04-10',
      overdue: false,
      urgency: 'month',
    });
    expect(of({ subscription: monthly }, '2026-04-03')[0]).toMatchObject({ urgency: 'week' });
    expect(of({ subscription: monthly }, '2026-04-10')[0]).toMatchObject({ overdue: true, urgency: 'now' });
  });
});

describe('plan ended (S5)', () => {
  const ending = { ...monthly, levels: [...monthly.levels, { from: '2026-03-25', level: null }] };
  it('within 30 days either side of the unsubscribe date, with no renewal asked', () => {
    expect(kinds({ subscription: ending }, '2026-02-22')).toEqual([]);
    expect(of({ subscription: ending }, '2026-02-23')[0]).toMatchObject({ kind: 'plan-ended', rule: 'S5', endsOn: '2026-03-25', ended: false });
    expect(of({ subscription: ending }, '2026-03-25')[0]).toMatchObject({ kind: 'plan-ended', ended: true });
    expect(kinds({ subscription: ending }, '2026-04-24')).toEqual(['plan-ended']);
    expect(kinds({ subscription: ending }, '2026-04-25')).toEqual([]);
  });
});

describe('frequent changes this year (S4)', () => {
  const changed = (changes: { from: string; level: 'basic' | 'standard' | 'premier' }[]) => ({
    ...aRecordedSubscription({ level: 'basic', start: '2025-06-01', billing: 'yearly' }),
    levels: [{ from: '2025-06-01', level: 'basic' as const }, ...changes],
  });
  it('a change within 30 days after another one', () => {
    const today = '2026-05-20';
    expect(
      kinds(
        {
          subscription: changed([
            { from: '2026-03-01', level: 'standard' },
            { from: '2026-03-31', level: 'premier' },
          ]),
        },
        today,
      ),
    ).toContain('frequent-change');
    expect(
      kinds(
        {
          subscription: changed([
            { from: '2026-03-01', level: 'standard' },
            { from: '2026-04-01', level: 'premier' },
          ]),
        },
        today,
      ),
    ).not.toContain('frequent-change');
    const item = of(
      {
        subscription: changed([
          { from: '2026-03-01', level: 'standard' },
          { from: '2026-03-10', level: 'premier' },
          { from: '2026-03-20', level: 'standard' },
        ]),
      },
      today,
    );
    expect(item.find((i) => i.kind === 'frequent-change')).toMatchObject({ rule: 'S4', changes: 2, lastChangeOn: '2026-03-20' });
  });
  it('only changes of this year count, and the first subscription is not a change', () => {
    expect(
      kinds(
        {
          subscription: changed([
            { from: '2025-12-10', level: 'standard' },
            { from: '2025-12-20', level: 'premier' },
          ]),
        },
        '2026-01-05',
      ),
    ).not.toContain('frequent-change');
    expect(kinds({ subscription: changed([{ from: '2025-06-15', level: 'standard' }]) }, '2025-07-01')).not.toContain('frequent-change');
  });
});

describe("last month's consumption not entered (M9)", () => {
  it("asks for last month's consumption when a plan was in force in it", () => {
    expect(of({ subscription: monthly, consumptionMonths: [] }, '2026-04-01').find((i) => i.kind === 'consumption-missing')).toMatchObject({
      rule: 'M9',
      month: '2026-03',
    });
    expect(kinds({ subscription: monthly, consumptionMonths: ['2026-03'] }, '2026-04-01')).not.toContain('consumption-missing');
    // The plan started in March: nothing to enter for February.
    expect(kinds({ subscription: monthly, consumptionMonths: [] }, '2026-03-31')).not.toContain('consumption-missing');
  });
});
