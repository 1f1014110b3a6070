import type { TFunction } from 'i18next';

import { type PriceBook, samplePriceBook } from '@core/money';
import type { ErrorBody } from '@main/ipc/contract';

import { errorSentence } from '../../ui/error-sentence';

/** The longest name main accepts (electron/values/price-book.ts): quotes print it on one line. */
export const PRICE_BOOK_NAME_MAX = 80;

/** Whether a name is still the one the app ships with ("SAMPLE prices - replace with your own"). */
export const isShippedName = (name: string): boolean => name.trim().toLowerCase() === samplePriceBook.name.toLowerCase();

/**
 * M2: the name a quote gives its prices. The shipped sample says so until it is reviewed; after a
 * review the name the user gave. A book reviewed before the review asked for a name still has the
 * shipped one stored: it reads as the reviewed book, never as "SAMPLE".
 */
export function priceBookName(t: TFunction, book: { priceBook: PriceBook; reviewed: boolean }): string {
  if (!book.reviewed) return t('priceBook.sampleName');
  return isShippedName(book.priceBook.name) ? t('priceBook.reviewedUnnamed') : book.priceBook.name;
}

/** The name's problems, in the form's own words; every other field as the app words it. */
export function priceBookErrorSentence(t: TFunction, error: ErrorBody): string {
  if (error.code !== 'INVALID_INPUT' || error.field !== 'priceBook.name') return errorSentence(t, error);
  if (error.rule === 'too_big') return t('priceBook.nameErrors.tooLong', { maximum: error.data?.maximum ?? PRICE_BOOK_NAME_MAX });
  if (error.rule === 'one-line') return t('priceBook.nameErrors.oneLine');
  return t('priceBook.nameErrors.required');
}
