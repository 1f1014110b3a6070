export type { BillingMode, LevelChange, PaidSegment, Period, RecordedSubscription, Subscription } from './subscription-types';
export { daysAtLevel, inForceThroughout, levelOn, levelSpans, sortedChanges, type LevelSpan } from './level-timeline';
export { periodContaining, periodEndFor, periodMonths, periodsUntil, serviceYearOf, type ServiceYear } from './periods';
export { checkHasSubscription, endedOn, hasEnded, planStatus, RENEWAL_NOTICE_DAYS, renewalOpensOn, type PlanStatus } from './plan-status';
export {
  applyLevelChange,
  changeKindOf,
  changeKinds,
  checkLevelChange,
  checkSubscribe,
  FREQUENT_CHANGE_WINDOW_DAYS,
  levelChanges,
  partnerTypeWarnings,
  type ChangeKind,
  type LevelChangePlan,
} from './level-change';
