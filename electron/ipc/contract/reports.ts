import { z } from 'zod';

import type { BillingMonth, CurrencyTotal, ServiceReport, SlaPerformanceRow } from '@core/reports';
import type { IsoDate, MonthKey } from '@core/time';

import { monthKey, recordId } from '../../values/fields';
import { language } from '../../values/ids';
import { channel, type PrefixedChannels } from './channel';
import type { QuotaRow } from './quotas';

/** M8: the longest range a billing summary covers; a portfolio's year fits twice over. */
export const MAX_REPORT_MONTHS = 24;

/** `team`: over the whole team's partners, read-only (the team lead's desk with team sync on). */
const scope = { partnerId: recordId.optional(), team: z.boolean().optional() };

/** T1: without a month, this Beijing month (main owns the clock). */
const quotaRequest = z.object({ month: monthKey.optional(), ...scope });
const billingRequest = z
  .object({ from: monthKey, to: monthKey, ...scope })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'The last month must not be before the first.', params: { reason: 'range-order' } })
  .refine((r) => monthsIn(r.from, r.to) <= MAX_REPORT_MONTHS, {
    path: ['to'],
    message: `A billing summary covers at most ${MAX_REPORT_MONTHS} months.`,
    params: { reason: 'range-length' },
  });

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

/** P4: the monthly service report of one partner, as main computed it, with what the page names. */
export type ServiceReportData = ServiceReport & {
  partnerId: string;
  partnerName: string;
  /** T1: the Beijing date in main when the report was made. */
  today: string;
  /** The instant the report was made, printed on it. */
  generatedAt: string;
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
      /**
       * A CSV file holds one table, its header first: which of the summary's tables (0: the quotas
       * or the billing lines; 1: the SLA performance or the totals). A workbook holds them all.
       */
      table: z.number().int().min(0).max(1).default(0),
      language,
      report: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('quota'), request: quotaRequest }),
        z.object({ kind: z.literal('billing'), request: billingRequest }),
      ]),
    }),
  ),
  /** P4, C2/C3, Q1-Q5, B1-B3, S3: a month of one partner's cases, bookings and plan changes. */
  'reports/service-report': channel<ServiceReportData>()(z.object({ partnerId: recordId, month: monthKey })),
} satisfies PrefixedChannels<'reports'>;
