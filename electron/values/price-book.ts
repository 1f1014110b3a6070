import { z } from 'zod';

import type { PriceBook } from '@core/money';

import { currencyCode } from './fields';

// core's price book (M1, M2, M9), as the user edits it and as it is kept: one value on both
// sides, with the band rule core reads it by.

/** Money in whole minor units (M1), never negative in a price book; at most 100 million major units. */
const amount = z.number().int().min(0).max(10_000_000_000);

const band = z.object({ upTo: amount.nullable(), rateBp: z.number().int().min(0).max(10_000) });

// M9: bands stack like tax brackets, so their bounds must rise, and only the last may be open.
const bands = z
  .array(band)
  .max(12)
  .superRefine((list, ctx) => {
    list.forEach((b, i) => {
      const previous = list[i - 1];
      if (b.upTo === null && i !== list.length - 1)
        ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'only the last band may be open-ended', params: { reason: 'band-open' } });
      if (previous && previous.upTo !== null && b.upTo !== null && b.upTo <= previous.upTo)
        ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'each band must end above the one before it', params: { reason: 'band-order' } });
    });
  })
  .readonly();

const levelPrices = z.object({ monthlyFee: amount, yearlyFee: amount, bands });

/** The longest name a price book may have: quotes print it on one line. */
export const PRICE_BOOK_NAME_MAX = 80;

/** M2: the name quotes show for their prices, as stored (a stored name is never refused again). */
const storedName = z.string().trim().min(1).max(PRICE_BOOK_NAME_MAX);

/**
 * The name as a request may give it: trimmed, not empty, at most 80 characters, and on one line
 * (a tab or a line break pasted in would split the quote's line "Price book: …").
 */
export const priceBookName = storedName.refine((name) => !/\p{Cc}/u.test(name), {
  message: 'the name must be one line of text',
  params: { reason: 'one-line' },
});

export const priceBook = z.object({
  name: storedName,
  currency: currencyCode,
  levels: z.object({ basic: levelPrices, standard: levelPrices, premier: levelPrices }),
  addonPackPrice: amount,
}) satisfies z.ZodType<PriceBook>;

/** The price book as 'price-book/update' takes it: the stored shape, with the name checked as given. */
export const priceBookRequest = priceBook.extend({ name: priceBookName }) satisfies z.ZodType<PriceBook>;
