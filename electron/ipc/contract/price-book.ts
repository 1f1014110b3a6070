import { z } from 'zod';

import type { PriceBook } from '@core/money';

import { priceBookRequest } from '../../values/price-book';
import { channel, type PrefixedChannels } from './channel';

/** M2: `reviewed` is false while the book is still the shipped sample, never reviewed and saved. */
export type PriceBookState = { priceBook: PriceBook; reviewed: boolean };

export const priceBookChannels = {
  'price-book/get': channel<PriceBookState>()(z.object({})),
  /**
   * M2: saving prices marks the book as reviewed; past charges keep the amounts they had. The
   * name is refused empty, longer than 80 characters or on more than one line (field priceBook.name).
   */
  'price-book/update': channel<PriceBookState>()(z.object({ priceBook: priceBookRequest })),
} satisfies PrefixedChannels<'price-book'>;
