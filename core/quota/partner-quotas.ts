// Q1-Q5, B1-B3, S2: what one partner has used and has left, for the quotas screen.
import {
  type ConsultingBalance,
  consultingBalance,
  type ConsultingSession,
  type KeaBalance,
  keaBalance,
  type KeaBooking,
  type TrainingBalance,
  trainingBalance,
  type TrainingBooking,
} from '../booking';
import { type Level, planOf } from '../catalog';
import { type BillingMode, levelOn, type ServiceYear, serviceYearOf, type Subscription } from '../subscription';
import { type IsoDate, maxDate, minDate, monthEnd, type MonthKey, monthStart } from '../time';
import { type ExhaustionForecast, forecastExhaustion } from './forecast';
import { type MonthUsage, monthUsage } from './month-usage';
import type { CaseRecord, PackPurchase } from './quota-types';

/** Why an allowance has no numbers: there is no plan, the level lacks it, or it has no limit. */
type Without<Why extends string> = { readonly status: Why };
type Counted<T> = { readonly status: 'counted' } & T;

export type CaseQuota = Counted<{ readonly usage: MonthUsage; readonly forecast: ExhaustionForecast }> | Without<'unlimited' | 'not-included' | 'no-plan'>;
export type KeaQuota = Counted<KeaBalance> | Without<'yearly-only' | 'not-included' | 'no-plan'>;
export type ConsultingQuota = Counted<ConsultingBalance> | Without<'not-included' | 'no-plan'>;
export type TrainingQuota = Counted<TrainingBalance> | Without<'not-included' | 'no-plan'>;

export type PartnerQuotas = {
  readonly month: MonthKey;
  /** The day of the month the yearly balances are read on: today, or the month's nearest day. */
  readonly asOf: IsoDate;
  readonly level: Level | null;
  readonly billing: BillingMode | null;
  readonly serviceYear: ServiceYear | null;
  readonly cases: CaseQuota;
  readonly kea: KeaQuota;
  readonly consulting: ConsultingQuota;
  readonly trainings: TrainingQuota;
};

/** Today when it falls in the month; otherwise the month's first or last day, whichever is nearer. */
export function asOfInMonth(month: MonthKey, today: IsoDate): IsoDate {
  return minDate(maxDate(today, monthStart(month)), monthEnd(month));
}

const counted = <T extends object>(balance: T | null, otherwise: 'not-included' | 'no-plan') =>
  balance === null ? { status: otherwise } : { status: 'counted' as const, ...balance };

/**
 * One partner's month: technical cases against the Standard quota (Q1-Q5) with the forecast day
 * they run out (DECISIONS 12), and the service year's KEA days (B1), consulting sessions (B2)
 * and trainings (B3). `subscription` is null for a partner that never subscribed.
 */
export function partnerQuotas(input: {
  readonly subscription: Subscription | null;
  readonly cases: readonly CaseRecord[];
  readonly packs: readonly PackPurchase[];
  readonly kea: readonly KeaBooking[];
  readonly consulting: readonly ConsultingSession[];
  readonly trainings: readonly TrainingBooking[];
  readonly month: MonthKey;
  readonly today: IsoDate;
}): PartnerQuotas {
  const { subscription, month } = input;
  const asOf = asOfInMonth(month, input.today);
  const level = subscription ? levelOn(subscription, asOf) : null;
  if (!subscription) {
    const none = { status: 'no-plan' } as const;
    return { month, asOf, level, billing: null, serviceYear: null, cases: none, kea: none, consulting: none, trainings: none };
  }
  const otherwise = level === null ? 'no-plan' : 'not-included';
  const usage = monthUsage({ subscription, cases: input.cases, packs: input.packs, month });
  // Q5: a month with Standard in force on any day has its quota; Premier has no limit.
  const cases: CaseQuota = usage.standardInForce
    ? { status: 'counted', usage, forecast: forecastExhaustion(usage, input.today) }
    : { status: level === null ? 'no-plan' : level === 'premier' ? 'unlimited' : 'not-included' };
  // B1: KEA days come with yearly subscriptions only.
  const keaIncluded = level !== null && planOf(level).keaDaysPerServiceYear > 0;
  const kea: KeaQuota = !keaIncluded
    ? { status: otherwise }
    : subscription.billing === 'yearly'
      ? counted(keaBalance(subscription, input.kea, asOf), otherwise)
      : { status: 'yearly-only' };
  return {
    month,
    asOf,
    level,
    billing: subscription.billing,
    serviceYear: level === null ? null : serviceYearOf(subscription, asOf),
    cases,
    kea,
    consulting: counted(consultingBalance(subscription, input.consulting, asOf), otherwise),
    trainings: counted(trainingBalance(subscription, input.trainings, asOf), otherwise),
  };
}
