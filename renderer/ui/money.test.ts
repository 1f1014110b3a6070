import { describe, expect, it } from 'vitest';

import { formatMoney, minorDigits, moneyInputValue, parseMoney } from './money';

describe('money on screen', () => {
  it('formats minor units for the currency and locale', () => {
    expect(formatMoney(120_986_3, 'CNY', 'en')).toBe('CN¥12,098.63');
    expect(formatMoney(-100_000, 'CNY', 'zh-CN')).toBe('-¥1,000.00');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(minorDigits('USD')).toBe(2);
  });

  it('reads typed amounts exactly, refusing what is not one', () => {
    expect(parseMoney('1,234.5', 'CNY')).toBe(123_450);
    expect(parseMoney(' ¥12 000 ', 'CNY')).toBe(1_200_000);
    expect(parseMoney('0.07', 'CNY')).toBe(7);
    expect(parseMoney('1.005', 'CNY')).toBeNull();
    expect(parseMoney('12.5', 'JPY')).toBeNull();
    expect(parseMoney('-5', 'CNY')).toBeNull();
    expect(parseMoney('abc', 'CNY')).toBeNull();
    expect(parseMoney('', 'CNY')).toBeNull();
  });

  it('round-trips an amount through the input field', () => {
    for (const minor of [0, 7, 120_986_3, 3_600_000]) expect(parseMoney(moneyInputValue(minor, 'CNY'), 'CNY')).toBe(minor);
  });
});
