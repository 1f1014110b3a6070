export type { CaseRecord, OpenCaseRequest, PackPurchase } from './quota-types';
export { countsTowardQuota, monthUsage, technicalNotVoided, usedFromDailyCounts, type MonthCases, type MonthUsage, type PackInMonth } from './month-usage';
export { checkOpenCase, type OpenCaseOutcome } from './open-case';
export { checkSeverity } from './severity-check';
export { checkBuyPack, type PackOutcome } from './packs';
export { forecastExhaustion, type ExhaustionForecast } from './forecast';
export { partnerQuotasCounted } from './partner-quotas-counted';
export { asOfInMonth, partnerQuotas, type CaseQuota, type ConsultingQuota, type KeaQuota, type PartnerQuotas, type TrainingQuota } from './partner-quotas';
