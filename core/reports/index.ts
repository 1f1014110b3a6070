export { metRateBp, slaPerformance, type SlaOutcome, type SlaPerformanceRow } from './sla-performance';
export { serviceReport } from './service-report';
export { medianOf, minutesUp, targetMinutes } from './response-times';
export type * from './service-report-types';
