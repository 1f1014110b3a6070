import { z } from 'zod';
import type { BillingMonth, CurrencyTotal, SlaPerformanceRow } from '../../../core/reports';
import type { IsoDate, MonthKey } from '../../../core/time';
import { channel } from './channel';
import { monthKey } from './consumption';
import { recordId } from './fields';
import type { QuotaRow } from './quotas';

/** M8: the longest range a billing summary covers; a portfolio's year fits twice over. */
export const MAX_REPORT_MONTHS = 24;

const scope = { partnerId: recordId.optional() };
const language = z.enum(['en', 'zh-CN']);

/** T1: without a month, this Beijing month (main owns the clock). */
const quotaRequest = z.object({ month: monthKey.optional(), ...scope });
const billingRequest = z
  .object({ from: monthKey, to: monthKey, ...scope })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'The last month must not be before the first.', params: { reason: 'range-order' } })
  .refine((r) => monthsIn(r.from, r.to) <= MAX_REPORT_MONTHS, { path: ['to'], message: `A billing summary covers at most ${MAX_REPORT_MONTHS} months.`, params: { reason: 'range-length' } });

function monthsIn(from: string, to: string): number {
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** Whose summary it is: one partner, or the whole portfolio (null). */
export type ReportScope = { partnerId: string; partnerName: string } | null;

export type QuotaSummary = {
  month: MonthKey;
  today: IsoDate;
  scope: ReportScope;
  rows: QuotaRow[];
  /** C3: met rate per severity of the month's cases, corrected ones apart, pending ones apart. */
  sla: { rows: SlaPerformanceRow[]; total: SlaPerformanceRow };
};

export type PartnerBilling = { partnerId: string; partnerName: string; months: BillingMonth[]; totals: CurrencyTotal[] };

export type BillingReport = {
  from: MonthKey;
  to: MonthKey;
  scope: ReportScope;
  partners: PartnerBilling[];
  totals: CurrencyTotal[];
  /** Incremental fees whose month's consumption is not known yet (M9). */
  pending: number;
};

/** Pushed while main builds an export, so the page can show how far it is. */
export type ExportProgress = { exportId: string; done: number; total: number };

export const reportChannels = {
  'reports/quota-summary': channel<QuotaSummary>()(quotaRequest),
  'reports/billing-summary': channel<BillingReport>()(billingRequest),
  /** Builds the file in main in the user's language and saves it where the user chooses. */
  'reports/export': channel<{ path: string | null }>()(
    z.object({
      exportId: z.string().min(1).max(60),
      format: z.enum(['csv', 'xlsx']),
      language,
      report: z.discriminatedUnion('kind', [z.object({ kind: z.literal('quota'), request: quotaRequest }), z.object({ kind: z.literal('billing'), request: billingRequest })]),
    }),
  ),
};
