export { dueAt } from './due';
export { exactInstant } from './exact-instant';
export { AT_RISK_DENOMINATOR, AT_RISK_NUMERATOR, clockStatusAt, type ClockStatusKind, nextChangeAt, type SlaMilestones, slaMilestones } from './milestones';
export type { SlaCase, SlaClock, SlaDue, SlaStatusKind } from './sla-types';
export { type SlaStatus, slaStatus, type SlaStatusInput } from './status';
