export { metRateBp, slaPerformance, type SlaOutcome, type SlaPerformanceRow } from './sla-performance';
export { serviceReport } from './service-report';
export { medianOf, minutesUp, targetMinutes } from './response-times';
export type * from './service-report-types';
export { monthRange } from './month-range';
export {
  billingMonths,
  totalsByCurrency,
  type BillingMonth,
  type BillingReportLine,
  type CurrencyTotal,
  type RecordedCharge,
  type RecordedChargeKind,
} from './billing-report';
