import { describe, expect, it } from 'vitest';

import type { QuotaRow } from '@main/ipc/contract';
import { translator } from '@test/builders/translator';

import { consultingText, forecastText, formatMonth, keaText, levelText, packLines, serviceYearDays, trainingLines } from './quota-text';

const standard: QuotaRow = {
  partnerId: 'p1',
  partnerName: 'Lotus Digital',
  month: '2026-03',
  asOf: '2026-03-08',
  level: 'standard',
  billing: 'yearly',
  serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' },
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
  kea: { status: 'counted', serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' }, quota: 4, used: 3, left: 1 },
  consulting: { status: 'counted', serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' }, quota: 4, used: 1, left: 3, maxHours: 4 },
  trainings: {
    status: 'counted',
    month: '2026-03',
    serviceYear: { index: 0, start: '2026-01-01', end: '2027-01-01' },
    organizedThisMonth: 1,
    organizedPerMonth: 1,
    thisServiceYear: 2,
    onsiteThisServiceYear: 0,
    onsitePerServiceYear: 0,
  },
};
const none = { status: 'no-plan' } as const;
const unsubscribed: QuotaRow = { ...standard, level: null, billing: null, serviceYear: null, cases: none, kea: none, consulting: none, trainings: none };

describe('quota cells', () => {
  it('Q2/Q3, B1-B3: a Standard row in English', async () => {
    const t = await translator('en');
    expect(levelText(t, standard)).toBe('Standard');
    expect(formatMonth('2026-03', 'en')).toBe('March 2026');
    expect(packLines(t, standard, 'en')).toEqual(['+10 until Mar 31, 2026']);
    expect(forecastText(t, standard, '2026-03-08', 'en')).toBe('Mar 27, 2026');
    expect(keaText(t, standard)).toBe('3 of 4 days used, 1 left');
    expect(consultingText(t, standard)).toBe('1 of 4 sessions used, 3 left');
    expect(trainingLines(t, standard)).toEqual(['This month: 1 of 1', 'Service year: 2']);
    expect(serviceYearDays(standard, 'en')).toEqual(['Jan 1, 2026', 'Dec 31, 2026']);
  });

  it('says why a partner has no numbers, and reads a past month without a forecast', async () => {
    const t = await translator('en');
    expect([levelText(t, unsubscribed), keaText(t, unsubscribed), forecastText(t, unsubscribed, '2026-03-08', 'en')]).toEqual(['No plan', 'No plan', '—']);
    const lasting = { ...standard, cases: { ...standard.cases, forecast: { exhaustsOn: null, alreadyExhausted: false } } } as QuotaRow;
    expect(forecastText(t, lasting, '2026-03-08', 'en')).toBe('Lasts the month');
    expect(forecastText(t, lasting, '2026-04-02', 'en')).toBe('—');
    expect(keaText(t, { ...standard, kea: { status: 'yearly-only' } })).toBe('Yearly plans only');
  });

  it('reads in Chinese, dates included', async () => {
    const t = await translator('zh-CN');
    expect(packLines(t, standard, 'zh-CN')).toEqual(['+10，有效期至 2026年3月31日']);
    expect(keaText(t, standard)).toBe('已用 3 / 4 天，剩余 1 天');
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(trainingLines(t, { ...standard, trainings: { ...standard.trainings, onsitePerServiceYear: 1 } as QuotaRow['trainings'] })).toContain('现场：0 / 1');
  });
});
