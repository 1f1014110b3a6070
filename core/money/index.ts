export { minorDigits } from './currency';
export { prorate, roundHalfUp } from './rounding';
export { monthlyBase, periodFee, samplePriceBook, type LevelPrices, type PriceBook, type UsageBand } from './price-book';
export { incrementalFee, monthIncrementalFee, usageFee, type IncrementalFee, type IncrementalPart, type MonthIncremental } from './incremental';
export { prorationQuote, type ProrationInput, type ProrationKind, type ProrationQuote } from './proration';
export { subscriptionLines, type BillingLine, type BillingLineKind } from './billing-ledger';
export { addonPackCharge, billingSummary, type BillingSummary } from './billing-summary';
export {
  alreadySubscribed,
  quoteLevelChange,
  quoteRenewal,
  quoteSubscribe,
  type ChangeQuote,
  type PaidSubscription,
  type RenewalQuote,
  type SubscribeQuote,
} from './plan-change';
export {
  applyPlanAction,
  quotePlanAction,
  type NewSubscription,
  type PlanActionInput,
  type PlanActionOutcome,
  type PlanActionQuote,
  type PlanCharge,
  type PlanRequest,
} from './plan-action';
export { BREAK_EVEN_CASE_BOUND, breakEven, monthlyCostsAt, type BreakEven, type MonthlyCosts } from './break-even';
