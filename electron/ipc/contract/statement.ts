import { z } from 'zod';

import type { Level } from '@core/catalog';
import type { BillingReportLine, CurrencyTotal } from '@core/reports';
import type { BillingMode, ServiceYear } from '@core/subscription';
import type { IsoDate, MonthKey } from '@core/time';

import { monthKey, recordId } from '../../values/fields';
import type { BookingRecord } from './bookings';
import { channel, type PrefixedChannels } from './channel';
import type { QuotaRow } from './quotas';

/** S1, S2, S5: the plan in force on the statement's day. */
export type StatementPlan = {
  level: Level | null;
  billing: BillingMode;
  /** S2: the first start date, which the service years count from. */
  start: IsoDate;
  /** S1: the paid period in force, [start, end). */
  period: { start: IsoDate; end: IsoDate };
  serviceYear: ServiceYear | null;
  nextRenewal: IsoDate | null;
  renewalDue: boolean;
  /** S5: the date an unsubscribe takes effect, when one is recorded. */
  endsOn: IsoDate | null;
};

/** M8 / M9: what the current period has been charged so far, as the billing summary lists it. */
export type StatementCharges = { from: IsoDate; to: IsoDate; lines: BillingReportLine[]; totals: CurrencyTotal[]; pending: number };

/** One page for the partner: its plan, this month's and this service year's quotas, bookings ahead and charges. */
export type PartnerStatement = {
  partnerId: string;
  partnerName: string;
  month: MonthKey;
  /** T1: the Beijing date in main when the statement was made. */
  today: IsoDate;
  generatedAt: string;
  currency: string;
  /** null when the partner never subscribed. */
  plan: StatementPlan | null;
  /** Q1-Q5, B1-B3: the quota summary's own row for the partner and month. */
  quotas: QuotaRow;
  /** B1-B3: bookings still to come (booked, not ended before today), soonest first. */
  upcoming: BookingRecord[];
  charges: StatementCharges | null;
};

export const statementChannels = {
  /** T1: without a month, this Beijing month (main owns the clock). */
  'statement/partner': channel<PartnerStatement>()(z.object({ partnerId: recordId, month: monthKey.optional() })),
} satisfies PrefixedChannels<'statement'>;
