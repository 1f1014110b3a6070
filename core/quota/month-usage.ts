// Q1-Q5: a calendar month's technical-case quota on Standard.
import { planOf } from '../catalog';
import { daysAtLevel, levelOn, type Subscription } from '../subscription';
import { beijingDateOf, type IsoDate, monthEnd, type MonthKey, monthOf, monthStart, nextMonthStart } from '../time';
import type { CaseRecord, PackPurchase } from './quota-types';

export type PackInMonth = PackPurchase & { readonly cases: number; readonly validUntil: IsoDate };

export type MonthUsage = {
  readonly month: MonthKey;
  /** Q5: Standard is in force on at least one day of the month. */
  readonly standardInForce: boolean;
  /** Technical cases opened while Standard was in force (Q4, Q5). */
  readonly used: number;
  /** Q1 base allowance, 30 on Standard. */
  readonly included: number;
  /** Q3: included + 10 per pack; null when the month has no Standard quota. */
  readonly limit: number | null;
  /** Never below zero, even when imported history exceeds the limit. */
  readonly remaining: number | null;
  readonly packs: readonly PackInMonth[];
};

const standard = planOf('standard');
const INCLUDED = standard.technicalCasesPerMonth ?? 0;
const PER_PACK = standard.addonPackCases ?? 0;

/** Q1 / Q4: the part of countsTowardQuota that is the case's own (technical, not voided), whatever the level then. */
export const technicalNotVoided = (record: CaseRecord): boolean => record.kind === 'technical' && record.voided !== true;

/** Q1 / Q4 / Q5: technical, not voided, opened in the month while Standard was in force. */
export function countsTowardQuota(subscription: Subscription, record: CaseRecord, month: MonthKey): boolean {
  if (!technicalNotVoided(record)) return false;
  const date = beijingDateOf(record.openedAt);
  return monthOf(date) === month && levelOn(subscription, date) === 'standard';
}

/**
 * Q1 / Q4 / Q5 from counts kept per day: `days` are days of one month, each with the number of
 * the partner's technical cases not voided opened that day; those of days Standard was in force
 * count toward the month's quota. What countsTowardQuota gives, case by case.
 */
export function usedFromDailyCounts(subscription: Subscription, days: Iterable<readonly [day: IsoDate, technical: number]>): number {
  let used = 0;
  for (const [day, technical] of days) if (technical > 0 && levelOn(subscription, day) === 'standard') used += technical;
  return used;
}

/**
 * A month's cases: the partner's cases of the month, counted here, or the number of them that
 * count toward the quota (countsTowardQuota), already counted by a caller that keeps a running
 * count (an import checking 50,000 rows in file order).
 */
export type MonthCases = { readonly cases: readonly CaseRecord[] } | { readonly used: number };

/**
 * The month's usage. `asOf` (a date in the month) leaves out packs bought after it, since Q2 a
 * pack is valid only from its purchase date.
 */
export function monthUsage(
  input: {
    readonly subscription: Subscription;
    readonly packs: readonly PackPurchase[];
    readonly month: MonthKey;
    readonly asOf?: IsoDate;
  } & MonthCases,
): MonthUsage {
  const { subscription, month } = input;
  const standardInForce = daysAtLevel(subscription, 'standard', monthStart(month), nextMonthStart(month)) > 0;
  const used = 'used' in input ? input.used : input.cases.filter((c) => countsTowardQuota(subscription, c, month)).length;
  const packs: PackInMonth[] = input.packs
    .filter((p) => monthOf(p.boughtOn) === month && (input.asOf === undefined || p.boughtOn <= input.asOf))
    .map((p) => ({ ...p, cases: p.count * PER_PACK, validUntil: monthEnd(p.boughtOn) }));
  // Q3: the month's limit grows by 10 per pack; Q5: a partial Standard month still has all 30.
  const limit = standardInForce ? INCLUDED + packs.reduce((sum, p) => sum + p.cases, 0) : null;
  return {
    month,
    standardInForce,
    used,
    included: standardInForce ? INCLUDED : 0,
    limit,
    remaining: limit === null ? null : Math.max(0, limit - used),
    packs,
  };
}
