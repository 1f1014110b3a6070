import { describe, expect, it } from 'vitest';

import { samplePriceBook } from '@core/money';

import { fromDraft, parsePercent, toDraft } from './price-book-form';

describe('the price book form', () => {
  it('round-trips a named price book exactly', () => {
    const named = { ...samplePriceBook, name: 'Harbour programme 2026' };
    expect(fromDraft(toDraft(named))).toEqual({ ok: true, priceBook: named });
  });

  it('M2: the review asks for a name: the shipped one is not offered, and saving without one is refused', () => {
    const draft = toDraft(samplePriceBook);
    expect(draft.name).toBe('');
    expect(fromDraft(draft)).toEqual({ ok: false, problem: { field: 'priceBook.name', rule: 'too_small' } });
    expect(fromDraft({ ...draft, name: samplePriceBook.name })).toEqual({ ok: false, problem: { field: 'priceBook.name', rule: 'too_small' } });
    expect(fromDraft({ ...draft, name: '  Harbour programme 2026 ' })).toEqual({ ok: true, priceBook: { ...samplePriceBook, name: 'Harbour programme 2026' } });
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
    const draft = { ...toDraft(samplePriceBook), name: 'Harbour programme 2026' };
    expect(fromDraft({ ...draft, addonPackPrice: '-5' })).toEqual({ ok: false, problem: { field: 'priceBook.addonPackPrice', rule: 'invalid_format' } });
    expect(fromDraft({ ...draft, currency: 'yuan' })).toEqual({ ok: false, problem: { field: 'priceBook.currency', rule: 'invalid_format' } });
    const bands = [
      { upTo: '500', ratePercent: '10' },
      { upTo: '400', ratePercent: '5' },
    ];
    expect(fromDraft({ ...draft, levels: { ...draft.levels, premier: { ...draft.levels.premier, bands } } })).toEqual({
      ok: false,
      problem: { field: 'priceBook.levels.premier.bands.1.upTo', rule: 'band-order' },
    });
  });
});
