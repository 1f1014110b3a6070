// B3: how many trainings a partner has had this month and this service year.
import { planOf } from '../catalog';
import { levelOn, type ServiceYear, serviceYearOf, type Subscription } from '../subscription';
import { type IsoDate, type MonthKey, monthOf } from '../time';
import type { TrainingBooking } from './booking-types';

export type TrainingBalance = {
  readonly month: MonthKey;
  readonly serviceYear: ServiceYear;
  /** B3: organized trainings (online or telepresence) in the month, and the monthly allowance. */
  readonly organizedThisMonth: number;
  readonly organizedPerMonth: number;
  /** Every training held in the service year, the on-site one included. */
  readonly thisServiceYear: number;
  /** B3: Premier's on-site training, one a service year (Standard: none). */
  readonly onsiteThisServiceYear: number;
  readonly onsitePerServiceYear: number;
};

/**
 * Screen helper: the trainings of the month and service year containing `date`, against the
 * allowances of the level in force on it. Null without a plan, or on Basic (video courses only).
 * Cancelled trainings do not count (DECISIONS 15).
 */
export function trainingBalance(subscription: Subscription, trainings: readonly TrainingBooking[], date: IsoDate): TrainingBalance | null {
  const year = serviceYearOf(subscription, date);
  const level = levelOn(subscription, date);
  if (!year || level === null) return null;
  const { organizedPerMonth, onsitePerServiceYear } = planOf(level).training;
  if (organizedPerMonth === 0 && onsitePerServiceYear === 0) return null;
  const month = monthOf(date);
  const inYear = trainings.filter((t) => t.cancelled !== true && t.date >= year.start && t.date < year.end);
  return {
    month,
    serviceYear: year,
    // DECISIONS 15: the on-site training does not use the month's allowance.
    organizedThisMonth: inYear.filter((t) => t.method !== 'on-site' && monthOf(t.date) === month).length,
    organizedPerMonth,
    thisServiceYear: inYear.length,
    onsiteThisServiceYear: inYear.filter((t) => t.method === 'on-site').length,
    onsitePerServiceYear,
  };
}
