import { z } from 'zod';
import type { PriceBook } from '../../core/money/price-book';
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
      if (b.upTo === null && i !== list.length - 1) ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'only the last band may be open-ended', params: { reason: 'band-open' } });
      if (previous && previous.upTo !== null && b.upTo !== null && b.upTo <= previous.upTo)
        ctx.addIssue({ code: 'custom', path: [i, 'upTo'], message: 'each band must end above the one before it', params: { reason: 'band-order' } });
    });
  })
  .readonly();

const levelPrices = z.object({ monthlyFee: amount, yearlyFee: amount, bands });

export const priceBook = z.object({
  name: z.string().trim().min(1).max(80),
  currency: currencyCode,
  levels: z.object({ basic: levelPrices, standard: levelPrices, premier: levelPrices }),
  addonPackPrice: amount,
}) satisfies z.ZodType<PriceBook>;
