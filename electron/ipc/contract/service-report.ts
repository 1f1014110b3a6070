import { z } from 'zod';
import { monthKey, recordId } from './fields';
import type { ServiceReport } from '../../../core/reports';
import { channel } from './channel';

/** P4: the monthly service report of one partner, as main computed it, with what the page names. */
export type ServiceReportData = ServiceReport & {
  partnerId: string;
  partnerName: string;
  /** T1: the Beijing date in main when the report was made. */
  today: string;
  /** The instant the report was made, printed on it. */
  generatedAt: string;
};

export const serviceReportChannels = {
  /** P4, C2/C3, Q1-Q5, B1-B3, S3: a month of one partner's cases, bookings and plan changes. */
  'reports/service-report': channel<ServiceReportData>()(
    z.object({ partnerId: recordId, month: monthKey }),
  ),
};
