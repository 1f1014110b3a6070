import { describe, expect, it } from 'vitest';

import { translator } from '@test/builders/translator';

import { rateText, totalText } from './report-figures';

describe('report figures', () => {
  it('C2: a met rate is a number under a "(%)" header, without a "%" in every cell', () => {
    expect(rateText(6667, 'en')).toBe('66.67');
    expect(rateText(10_000, 'zh-CN')).toBe('100.00');
    expect(rateText(0, 'en')).toBe('0.00');
    expect(rateText(null, 'en')).toBe('—');
  });

  it('M9: a total says which fees are still pending rather than a bare CN¥0.00', async () => {
    const t = await translator('en');
    expect(totalText(t, [], 0, 'en')).toBe('CN¥0.00');
    expect(totalText(t, [], 1, 'en')).toBe('CN¥0.00 + 1 fee not known yet');
    expect(totalText(t, [{ currency: 'CNY', amount: 123_456 }], 3, 'en')).toBe('CN¥1,234.56 + 3 fees not known yet');
    const zh = await translator('zh-CN');
    expect(totalText(zh, [{ currency: 'CNY', amount: 100 }], 2, 'zh-CN')).toBe('¥1.00 + 2 笔费用待定');
  });
});
