export {
  type BillingMonth,
  billingMonths,
  type BillingReportLine,
  type CurrencyTotal,
  type RecordedCharge,
  type RecordedChargeKind,
  totalsByCurrency,
} from './billing-report';
export { monthRange } from './month-range';
export { medianOf, minutesUp, targetMinutes } from './response-times';
export { serviceReport } from './service-report';
export type * from './service-report-types';
export { metRateBp, type SlaOutcome, slaPerformance, type SlaPerformanceRow } from './sla-performance';
