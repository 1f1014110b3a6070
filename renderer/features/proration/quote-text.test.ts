import { describe, expect, it } from 'vitest';

import { type ProrationQuote, prorationQuote, samplePriceBook } from '@core/money';
import { translator } from '@test/builders/translator';

import { priceBookName } from '../settings/price-book-name';
import type { Calculation, Outcome, Scenario } from './proration-types';
import { quoteText } from './quote-text';

const scenario: Scenario = {
  partnerId: 'p1',
  partnerName: 'Harbour Cloud Consulting',
  periodStart: '2026-01-01',
  periodEnd: '2027-01-01',
  segmentStart: '2026-01-01',
  segmentPaid: 1_200_000,
  billing: 'yearly',
  currentLevel: 'standard',
  on: '2026-07-01',
  currency: 'CNY',
};

function outcome(target: 'basic' | 'premier' | null, newPeriodFee: number | null): Outcome {
  const kind = target === null ? 'unsubscribe' : target === 'premier' ? 'upgrade' : 'downgrade';
  const q = prorationQuote({
    kind,
    periodStart: '2026-01-01',
    periodEnd: '2027-01-01',
    segmentStart: '2026-01-01',
    segmentPaid: 1_200_000,
    on: '2026-07-01',
    ...(newPeriodFee === null ? {} : { newPeriodFee }),
  });
  if (!q.ok) throw new Error(q.error.message);
  return { ok: true, target, kind, quote: q.value as ProrationQuote, newPeriodFee, warnings: [] };
}

const sample = { priceBook: samplePriceBook, name: 'Harbour programme 2026' };
const upgrade = outcome('premier', 3_600_000);
const calculation: Calculation = { scenario, chosen: upgrade, options: [outcome('basic', 0), upgrade, outcome(null, null)] };

describe('the copied quote', () => {
  it('M3-M5: spells out every number of an upgrade, in English', async () => {
    const t = await translator('en');
    const text = quoteText({ t, language: 'en', currency: 'CNY' }, calculation, sample);
    expect(text).toContain('Proration quote: Harbour Cloud Consulting');
    expect(text).toContain('184 of 365 days');
    // en writes CNY as "CN¥" (CLDR), so amounts are matched from the yen sign on.
    expect(text).toMatch(/paid (CN)?¥12,000\.00 × 184 \/ 365 days = (CN)?¥6,049\.32/);
    expect(text).toMatch(/period fee (CN)?¥36,000\.00 × 184 \/ 365 days = (CN)?¥18,147\.95/);
    expect(text).toMatch(/¥18,147\.95 − (CN)?¥6,049\.32 = (CN)?¥12,098\.63/);
    expect(text).toMatch(/Charged to the partner: (CN)?¥12,098\.63/);
    expect(text).toMatch(/- Stay on Standard: (CN)?¥0\.00/);
    expect(text).toMatch(/- Downgrade to Basic: -(CN)?¥6,049\.32 \(Refunded to the partner: (CN)?¥6,049\.32\)/);
    expect(text).toContain('From 71 technical cases a month, Premier is cheaper');
    expect(text).toContain('Price book: Harbour programme 2026 (CNY)');
  });

  it('M2: names a reviewed price book by the name it was given, and an unnamed one never as SAMPLE', async () => {
    const t = await translator('en');
    const named = { priceBook: { ...samplePriceBook, name: 'Harbour programme 2026' }, reviewed: true };
    expect(quoteText({ t, language: 'en', currency: 'CNY' }, calculation, { priceBook: named.priceBook, name: priceBookName(t, named) })).toMatch(
      /Price book: Harbour programme 2026 \(CNY\)$/,
    );
    const reviewedBeforeNames = { priceBook: samplePriceBook, reviewed: true };
    const text = quoteText({ t, language: 'en', currency: 'CNY' }, calculation, { priceBook: samplePriceBook, name: priceBookName(t, reviewedBeforeNames) });
    expect(text).toMatch(/Price book: Reviewed price book \(no name given\) \(CNY\)$/);
    expect(text).not.toMatch(/sample/i);
  });

  it('reads in Chinese when the app does', async () => {
    const t = await translator('zh-CN');
    const text = quoteText({ t, language: 'zh-CN', currency: 'CNY' }, calculation, sample);
    expect(text).toContain('费用试算报价：Harbour Cloud Consulting');
    expect(text).toContain('365 天中剩余 184 天');
    expect(text).toContain('向伙伴补扣：¥12,098.63');
    expect(text).toContain('2026年7月1日');
  });

  it('M6: an unsubscribe shows the refund and the pending incremental fee', async () => {
    const t = await translator('en');
    const text = quoteText({ t, language: 'en', currency: 'CNY' }, { ...calculation, chosen: outcome(null, null) }, sample);
    expect(text).toMatch(/Refund: the old surplus = (CN)?¥6,049\.32/);
    expect(text).toContain('The incremental fee of July 2026 is still settled on the 1st of next month (Aug 1, 2026)');
  });
});
