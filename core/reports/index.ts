export { metRateBp, slaPerformance, type SlaOutcome, type SlaPerformanceRow } from './sla-performance';
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
