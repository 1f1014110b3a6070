export { metRateBp, slaPerformance, type SlaOutcome, type SlaPerformanceRow } from './sla-performance';
