export { type ExhaustionForecast, forecastExhaustion } from './forecast';
export { countsTowardQuota, type MonthCases, type MonthUsage, monthUsage, type PackInMonth, technicalNotVoided, usedFromDailyCounts } from './month-usage';
export { checkOpenCase, type OpenCaseOutcome } from './open-case';
export { checkBuyPack, type PackOutcome } from './packs';
export { asOfInMonth, type CaseQuota, type ConsultingQuota, type KeaQuota, type PartnerQuotas, partnerQuotas, type TrainingQuota } from './partner-quotas';
export { partnerQuotasCounted } from './partner-quotas-counted';
export { monthsOverQuota } from './quota-overruns';
export type { CaseRecord, OpenCaseRequest, PackPurchase } from './quota-types';
export { checkSeverity } from './severity-check';
