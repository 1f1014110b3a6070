import { describe, expect, it } from 'vitest';

import { samplePriceBook } from '@core/money';
import { translator } from '@test/builders/translator';

import { isShippedName, priceBookErrorSentence, priceBookName } from './price-book-name';

const named = { ...samplePriceBook, name: 'Harbour programme 2026' };

describe("the price book's name on a quote (M2)", () => {
  it('says the prices are samples until they are reviewed', async () => {
    expect(priceBookName(await translator('en'), { priceBook: samplePriceBook, reviewed: false })).toBe('Sample prices shipped with the app (not reviewed)');
    expect(priceBookName(await translator('zh-CN'), { priceBook: samplePriceBook, reviewed: false })).toBe('应用自带的示例价格（尚未核对）');
  });

  it('shows the name given at the review', async () => {
    expect(priceBookName(await translator('en'), { priceBook: named, reviewed: true })).toBe('Harbour programme 2026');
  });

  it('never says SAMPLE for a book reviewed before the review asked for a name (an older desk.json)', async () => {
    expect(priceBookName(await translator('en'), { priceBook: samplePriceBook, reviewed: true })).toBe('Reviewed price book (no name given)');
    expect(
      priceBookName(await translator('zh-CN'), { priceBook: { ...samplePriceBook, name: ' sample PRICES - replace with your own ' }, reviewed: true }),
    ).toBe('已核对的价目表（未命名）');
    expect(isShippedName('Harbour SAMPLE prices')).toBe(false);
  });
});

describe("main's refusals of the name, in the form's words", () => {
  const refused = (rule: string, data: Record<string, unknown> = {}) => ({ code: 'INVALID_INPUT' as const, message: 'x', field: 'priceBook.name', rule, data });

  it('asks for a name, says how long it may be and that it is one line, in both languages', async () => {
    const t = await translator('en');
    expect(priceBookErrorSentence(t, refused('too_small', { minimum: 1, origin: 'string' }))).toBe(
      'Give the price book a name of your own: quotes show it beside their prices.',
    );
    expect(priceBookErrorSentence(t, refused('too_big', { maximum: 80, origin: 'string' }))).toBe('The price book name is too long: at most 80 characters.');
    expect(priceBookErrorSentence(t, refused('one-line'))).toBe('Write the price book name on one line, without line breaks or tabs.');
    const zh = await translator('zh-CN');
    expect(priceBookErrorSentence(zh, refused('too_big', { maximum: 80, origin: 'string' }))).toBe('价目表名称过长：最多 80 个字符。');
    expect(priceBookErrorSentence(zh, refused('too_small', { minimum: 1, origin: 'string' }))).toBe('请为价目表填写您自己的名称：报价会在价格旁显示它。');
  });

  it('words any other field as the app does', async () => {
    const t = await translator('en');
    expect(priceBookErrorSentence(t, { code: 'INVALID_INPUT', message: 'x', field: 'priceBook.currency', rule: 'invalid_format' })).toBe(
      'Currency must be a three-letter currency code such as CNY or USD.',
    );
  });
});
