import { describe, expect, it } from 'vitest';
import { samplePriceBook } from '../../../core/money/price-book';
import { fromDraft, parsePercent, toDraft } from './price-book-form';

describe('the price book form', () => {
  it('round-trips the sample price book exactly', () => {
    expect(fromDraft(toDraft(samplePriceBook))).toEqual({ ok: true, priceBook: samplePriceBook });
  });

  it('reads rates as percentages with at most two decimals', () => {
    expect(parsePercent('10')).toBe(1000);
    expect(parsePercent('7.5 %')).toBe(750);
    expect(parsePercent('0.05')).toBe(5);
    expect(parsePercent('100.01')).toBeNull();
    expect(parsePercent('1.234')).toBeNull();
    expect(parsePercent('-3')).toBeNull();
  });

  it('names the field of a negative price, a bad currency and bands out of order', () => {
    const draft = toDraft(samplePriceBook);
    expect(fromDraft({ ...draft, addonPackPrice: '-5' })).toEqual({ ok: false, problem: { field: 'priceBook.addonPackPrice', rule: 'invalid_format' } });
    expect(fromDraft({ ...draft, currency: 'yuan' })).toEqual({ ok: false, problem: { field: 'priceBook.currency', rule: 'invalid_format' } });
    const bands = [{ upTo: '500', ratePercent: '10' }, { upTo: '400', ratePercent: '5' }];
    expect(fromDraft({ ...draft, levels: { ...draft.levels, premier: { ...draft.levels.premier, bands } } })).toEqual({
      ok: false,
      problem: { field: 'priceBook.levels.premier.bands.1.upTo', rule: 'band-order' },
    });
  });
});
