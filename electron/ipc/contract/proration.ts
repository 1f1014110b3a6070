import { z } from 'zod';

import type { ProrationQuote } from '@core/money';
import { changeKinds } from '@core/subscription';

import { isoDate } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

export const prorationChannels = {
  /** What-if with an ad-hoc period and amount (M3-M6), nothing stored. */
  'proration/quote': channel<ProrationQuote>()(
    z.object({
      kind: z.enum(changeKinds),
      periodStart: isoDate,
      periodEnd: isoDate,
      segmentStart: isoDate,
      segmentPaid: z.number().int().min(0).max(10_000_000_000),
      newPeriodFee: z.number().int().min(0).max(10_000_000_000).optional(),
      on: isoDate,
    }),
  ),
} satisfies PrefixedChannels<'proration'>;
