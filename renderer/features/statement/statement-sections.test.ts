import { describe, expect, it } from 'vitest';

import type { QuotaRow } from '@main/ipc/contract';
import type { PartnerStatement } from '@main/ipc/contract/statement';
import { translator } from '@test/builders/translator';

import { statementSections, statementText } from './statement-sections';

const year = { index: 0, start: '2026-01-01', end: '2027-01-01' };
const quotas: QuotaRow = {
  partnerId: 'p1',
  partnerName: 'Lotus Digital',
  month: '2026-03',
  asOf: '2026-03-08',
  level: 'standard',
  billing: 'yearly',
  serviceYear: year,
  cases: {
    status: 'counted',
    usage: {
      month: '2026-03',
      standardInForce: true,
      used: 12,
      included: 30,
      limit: 40,
      remaining: 28,
      packs: [{ boughtOn: '2026-03-05', count: 1, cases: 10, validUntil: '2026-03-31' }],
    },
    forecast: { exhaustsOn: '2026-03-27', alreadyExhausted: false },
  },
  kea: { status: 'counted', serviceYear: year, quota: 4, used: 3, left: 1 },
  consulting: { status: 'counted', serviceYear: year, quota: 4, used: 1, left: 3, maxHours: 4 },
  trainings: {
    status: 'counted',
    month: '2026-03',
    serviceYear: year,
    organizedThisMonth: 1,
    organizedPerMonth: 1,
    thisServiceYear: 2,
    onsiteThisServiceYear: 0,
    onsitePerServiceYear: 0,
  },
};

/** Lotus Digital on 8 March 2026: yearly Standard, a pack, one KEA booking ahead, the prepayment and one fee not known yet. */
const statement: PartnerStatement = {
  partnerId: 'p1',
  partnerName: 'Lotus Digital',
  month: '2026-03',
  today: '2026-03-08',
  generatedAt: '2026-03-08T02:00:00Z',
  currency: 'CNY',
  plan: {
    level: 'standard',
    billing: 'yearly',
    start: '2026-01-01',
    period: { start: '2026-01-01', end: '2027-01-01' },
    serviceYear: year,
    nextRenewal: '2027-01-01',
    renewalDue: false,
    endsOn: null,
  },
  quotas,
  upcoming: [],
  charges: {
    from: '2026-01-01',
    to: '2026-03-08',
    lines: [
      { date: '2026-01-01', kind: 'prepayment', amount: 1_200_000, currency: 'CNY', level: 'standard', rule: 'S1' },
      { date: '2026-03-01', kind: 'incremental-fee', amount: null, currency: 'CNY', level: 'standard', rule: 'M9' },
    ],
    totals: [{ currency: 'CNY', amount: 1_200_000 }],
    pending: 1,
  },
};

describe('partner statement', () => {
  it('Q1-Q3, B1-B3, M8: the sections in English, from the quota summary row and the period charges', async () => {
    const t = await translator('en');
    const sections = statementSections(t, statement, 'en');
    expect(sections.map((s) => s.title)).toEqual([
      'Support plan',
      'Technical cases in March 2026',
      'This service year (Jan 1, 2026 – Dec 31, 2026)',
      'Bookings coming up',
      'Charges of the current period (Jan 1, 2026 – Mar 8, 2026)',
    ]);
    expect(sections[1]!.rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      'Used: 12',
      'Limit: 40 (30 included + 10 from add-on packs)',
      'Left: 28',
      'Add-on pack bought Mar 5, 2026: +10 cases, valid until Mar 31, 2026',
    ]);
    expect(sections[2]!.rows.map((r) => r.value)).toEqual(['3 of 4 days used, 1 left', '1 of 4 sessions used, 3 left', 'This month: 1 of 1 · Service year: 2']);
    expect(sections[4]!.rows.at(-1)).toEqual({ label: 'Total', value: 'CN¥12,000.00' });
    expect(sections[4]!.note).toBe("1 incremental fee is not known yet (its month's cloud consumption is not entered).");
  });

  it('the same statement as text in Chinese', async () => {
    const text = statementText(await translator('zh-CN'), statement, 'zh-CN');
    expect(text.split('\n').slice(0, 2)).toEqual(['伙伴对账单: Lotus Digital', '截至 2026年3月8日（北京时间）']);
    expect(text).toContain('2026年3月技术工单\n  已用: 12\n  上限: 40（含 30 个 + 附加包 10 个）\n  剩余: 28');
    expect(text).toContain('即将进行的预约\n  没有即将进行的预约。');
    expect(text).toContain('  2026年3月1日 · 增量费用: 尚未确定');
  });

  it('S5: a partner without a plan says so and lists no charges', async () => {
    const t = await translator('en');
    const none = { status: 'no-plan' } as const;
    const bare: PartnerStatement = {
      ...statement,
      plan: null,
      charges: null,
      quotas: { ...quotas, level: null, billing: null, serviceYear: null, cases: none, kea: none, consulting: none, trainings: none },
    };
    const sections = statementSections(t, bare, 'en');
    expect(sections.map((s) => s.id)).toEqual(['plan', 'cases', 'year', 'bookings']);
    expect(sections[0]!.empty).toBe('No support plan.');
    expect(sections[1]!.rows).toEqual([{ label: 'Technical cases', value: 'No plan' }]);
  });
});
