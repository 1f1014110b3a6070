import { z } from 'zod';

import type { Level } from '@core/catalog';
import type { MonthUsage, PartnerQuotas } from '@core/quota';
import type { IsoDate, MonthKey } from '@core/time';

import { isoDate, monthKey, recordId } from '../../values/fields';
import { channel, type PrefixedChannels } from './channel';

/** Q1: a calendar month, 'YYYY-MM' with a real month number. */
const month = monthKey;

/** One partner's row: its name beside what core says it used and has left. */
export type QuotaRow = PartnerQuotas & { partnerId: string; partnerName: string };

export type QuotaPortfolio = {
  month: MonthKey;
  /** T1: the Beijing date in main, the date a pack bought now is bought on (Q2). */
  today: IsoDate;
  /** M2 / M7: what an add-on pack costs, in minor units of the currency. */
  packPrice: number;
  currency: string;
  rows: QuotaRow[];
};

export type QuotaMonth = MonthUsage & { partnerId: string; level: Level | null; currency: string; packPrice: number };

export const quotaChannels = {
  /**
   * Q1-Q5, B1-B3: every partner that is not archived, for a month (T1: this Beijing month when
   * none is given, since main owns the clock).
   */
  'quotas/portfolio': channel<QuotaPortfolio>()(z.object({ month: month.optional() })),
  /** Q2 / M7: buys add-on packs for a Standard partner, charged on the purchase date. */
  'quotas/buy-pack': channel<QuotaMonth>()(z.object({ partnerId: recordId, boughtOn: isoDate, count: z.number().int().min(1).max(100) })),
  'quotas/month': channel<QuotaMonth>()(z.object({ partnerId: recordId, month })),
} satisfies PrefixedChannels<'quotas'>;
