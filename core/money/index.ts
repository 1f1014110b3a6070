export { type BillingLine, type BillingLineKind, subscriptionLines } from './billing-ledger';
export { addonPackCharge, type BillingSummary, billingSummary } from './billing-summary';
export { BREAK_EVEN_CASE_BOUND, type BreakEven, breakEven, type MonthlyCosts, monthlyCostsAt } from './break-even';
export { minorDigits } from './currency';
export { type IncrementalFee, incrementalFee, type IncrementalPart, type MonthIncremental, monthIncrementalFee, usageFee } from './incremental';
export {
  applyPlanAction,
  type NewSubscription,
  type PlanActionInput,
  type PlanActionOutcome,
  type PlanActionQuote,
  type PlanCharge,
  type PlanRequest,
  quotePlanAction,
} from './plan-action';
export {
  alreadySubscribed,
  type ChangeQuote,
  type PaidSubscription,
  quoteLevelChange,
  quoteRenewal,
  quoteSubscribe,
  type RenewalQuote,
  type SubscribeQuote,
} from './plan-change';
export { type LevelPrices, monthlyBase, periodFee, type PriceBook, samplePriceBook, type UsageBand } from './price-book';
export { type ProrationInput, type ProrationKind, type ProrationQuote, prorationQuote } from './proration';
export { prorate, roundHalfUp } from './rounding';
