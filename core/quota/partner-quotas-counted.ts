// Q1-Q5: a partner's quotas from the month's count of technical cases, as kept per day.
import { forecastExhaustion } from './forecast';
import { monthUsage } from './month-usage';
import { type PartnerQuotas, partnerQuotas } from './partner-quotas';

type Input = Omit<Parameters<typeof partnerQuotas>[0], 'cases'> & {
  /** Q1 / Q4 / Q5: the month's technical cases that count toward its quota, already counted (see usedFromDailyCounts). */
  readonly used: number;
};

/**
 * partnerQuotas for a caller that keeps the month's count rather than its cases (a summary of a
 * whole portfolio's month, from the per-day counts the store keeps): the same answer as
 * partnerQuotas given the cases that count.
 */
export function partnerQuotasCounted(input: Input): PartnerQuotas {
  const { used, ...rest } = input;
  const quotas = partnerQuotas({ ...rest, cases: [] });
  if (quotas.cases.status !== 'counted' || !input.subscription) return quotas;
  const usage = monthUsage({ subscription: input.subscription, used, packs: input.packs, month: input.month });
  return { ...quotas, cases: { status: 'counted', usage, forecast: forecastExhaustion(usage, input.today) } };
}
