import { type Level, levels as LEVELS } from '@core/catalog';
import type { PriceBook } from '@core/money';

import { moneyInputValue, parseMoney } from '../../ui/money';
import { isShippedName } from './price-book-name';

/** The price book as the user edits it: amounts as typed text, rates as percentages. */
export type BandDraft = { upTo: string; ratePercent: string };
export type LevelDraft = { monthlyFee: string; yearlyFee: string; bands: BandDraft[] };
export type PriceBookDraft = { name: string; currency: string; addonPackPrice: string; levels: Record<Level, LevelDraft> };

/** A problem in the draft: the field path (as main would name it) and the check that failed. */
export type DraftProblem = { field: string; rule: 'too_small' | 'invalid_format' | 'band-open' | 'band-order' };

/** M2: the shipped name is not offered as the user's: the review asks for a name of its own. */
export function toDraft(book: PriceBook): PriceBookDraft {
  const level = (l: Level): LevelDraft => ({
    monthlyFee: moneyInputValue(book.levels[l].monthlyFee, book.currency),
    yearlyFee: moneyInputValue(book.levels[l].yearlyFee, book.currency),
    bands: book.levels[l].bands.map((b) => ({ upTo: b.upTo === null ? '' : moneyInputValue(b.upTo, book.currency), ratePercent: String(b.rateBp / 100) })),
  });
  return {
    name: isShippedName(book.name) ? '' : book.name,
    currency: book.currency,
    addonPackPrice: moneyInputValue(book.addonPackPrice, book.currency),
    levels: { basic: level('basic'), standard: level('standard'), premier: level('premier') },
  };
}

/** "7.5" % → 750 basis points; at most two decimals, 0 to 100 %. */
export function parsePercent(text: string): number | null {
  const match = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(text);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0') || '0');
  return bp <= 10_000 ? bp : null;
}

/** Reads the draft back into a price book, or the first problem, named like main's fields. */
export function fromDraft(draft: PriceBookDraft): { ok: true; priceBook: PriceBook } | { ok: false; problem: DraftProblem } {
  // The fields in the order the form shows them, so the first problem named is the first on screen.
  if (draft.name.trim() === '' || isShippedName(draft.name)) return { ok: false, problem: { field: 'priceBook.name', rule: 'too_small' } };
  const currency = draft.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return { ok: false, problem: { field: 'priceBook.currency', rule: 'invalid_format' } };
  const money = (text: string, field: string) => {
    const value = parseMoney(text, currency);
    if (value === null) throw { field, rule: 'invalid_format' } satisfies DraftProblem;
    return value;
  };
  try {
    const levels = Object.fromEntries(
      LEVELS.map((l) => {
        const d = draft.levels[l];
        const base = `priceBook.levels.${l}`;
        const bands = d.bands.map((b, i) => {
          const rateBp = parsePercent(b.ratePercent);
          if (rateBp === null) throw { field: `${base}.bands.${i}.rateBp`, rule: 'invalid_format' } satisfies DraftProblem;
          return { upTo: b.upTo.trim() === '' ? null : money(b.upTo, `${base}.bands.${i}.upTo`), rateBp };
        });
        // M9: bands stack like tax brackets; bounds rise and only the last may be open.
        for (const [i, b] of bands.entries()) {
          const previous = bands[i - 1];
          if (b.upTo === null && i !== bands.length - 1) throw { field: `${base}.bands.${i}.upTo`, rule: 'band-open' } satisfies DraftProblem;
          if (previous?.upTo != null && b.upTo !== null && b.upTo <= previous.upTo)
            throw { field: `${base}.bands.${i}.upTo`, rule: 'band-order' } satisfies DraftProblem;
        }
        return [l, { monthlyFee: money(d.monthlyFee, `${base}.monthlyFee`), yearlyFee: money(d.yearlyFee, `${base}.yearlyFee`), bands }];
      }),
    ) as unknown as PriceBook['levels'];
    return { ok: true, priceBook: { name: draft.name.trim(), currency, levels, addonPackPrice: money(draft.addonPackPrice, 'priceBook.addonPackPrice') } };
  } catch (problem) {
    return { ok: false, problem: problem as DraftProblem };
  }
}
