import { z } from 'zod';
import { monthKey } from './fields';
import type { PartnerQuotas } from '../../../core/quota';
import type { IsoDate, MonthKey } from '../../../core/time';
import { channel } from './channel';

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

export const quotaChannels = {
  /**
   * Q1-Q5, B1-B3: every partner that is not archived, for a month (T1: this Beijing month when
   * none is given, since main owns the clock).
   */
  'quotas/portfolio': channel<QuotaPortfolio>()(z.object({ month: month.optional() })),
};
