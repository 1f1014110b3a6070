export type { BillingMode, LevelChange, Period, Subscription } from './subscription-types';
export { daysAtLevel, inForceThroughout, levelOn, levelSpans, sortedChanges, type LevelSpan } from './level-timeline';
export { periodContaining, periodEndFor, periodMonths, periodsUntil, serviceYearOf, type ServiceYear } from './periods';
export {
  applyLevelChange,
  checkLevelChange,
  checkSubscribe,
  FREQUENT_CHANGE_WINDOW_DAYS,
  levelChanges,
  partnerTypeWarnings,
  type ChangeKind,
  type LevelChangePlan,
} from './level-change';
