import { z } from 'zod';
import type { PriceBook } from '../../../core/money/price-book';
import { priceBook } from '../../values/price-book';
import { channel, type PrefixedChannels } from './channel';

export type PriceBookState = { priceBook: PriceBook; reviewed: boolean };

export const priceBookChannels = {
  'price-book/get': channel<PriceBookState>()(z.object({})),
  /** M2: saving prices marks the book as reviewed; past charges keep the amounts they had. */
  'price-book/update': channel<PriceBookState>()(z.object({ priceBook })),
} satisfies PrefixedChannels<'price-book'>;
