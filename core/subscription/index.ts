export {
  applyLevelChange,
  type ChangeKind,
  changeKindOf,
  changeKinds,
  checkLevelChange,
  checkSubscribe,
  FREQUENT_CHANGE_WINDOW_DAYS,
  type LevelChangePlan,
  levelChanges,
  partnerTypeWarnings,
} from './level-change';
export { daysAtLevel, inForceThroughout, levelOn, type LevelSpan, levelSpans, sortedChanges } from './level-timeline';
export { periodContaining, periodEndFor, periodMonths, periodsUntil, type ServiceYear, serviceYearOf } from './periods';
export { checkHasSubscription, endedOn, hasEnded, type PlanStatus, planStatus, RENEWAL_NOTICE_DAYS, renewalOpensOn } from './plan-status';
export type { BillingMode, LevelChange, PaidSegment, Period, RecordedSubscription, Subscription } from './subscription-types';
