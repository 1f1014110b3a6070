export type { SlaCase, SlaClock, SlaDue, SlaStatusKind } from './sla-types';
export { dueAt } from './due';
export { exactInstant } from './exact-instant';
export { AT_RISK_DENOMINATOR, AT_RISK_NUMERATOR, clockStatusAt, nextChangeAt, slaMilestones, type ClockStatusKind, type SlaMilestones } from './milestones';
export { slaStatus, type SlaStatus, type SlaStatusInput } from './status';
