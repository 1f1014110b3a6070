import { z } from 'zod';

import type { MonthKey } from '@core/time';

import { monthKey, recordId } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/** M1: minor units, and no more than a partner could plausibly consume in a month. */
const MAX_CONSUMPTION = 1_000_000_000_000_000;

export type PartnerConsumption = {
  partnerId: string;
  currency: string;
  /** T1: this Beijing month; a month after it has no consumption yet. */
  thisMonth: MonthKey;
  /** Newest month first. */
  months: { month: MonthKey; amount: number }[];
};

export const consumptionChannels = {
  'consumption/list': channel<PartnerConsumption>()(z.object({ partnerId: recordId })),
  /** Sets one month's consumption, or clears it with `amount: null` (its fee is then not known yet). */
  'consumption/set': channel<PartnerConsumption>()(
    z.object({
      partnerId: recordId,
      month: monthKey,
      amount: z.number().int().min(0).max(MAX_CONSUMPTION).nullable(),
    }),
  ),
} satisfies PrefixedChannels<'consumption'>;
