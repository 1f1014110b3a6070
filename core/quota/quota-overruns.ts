// Q3: the months a set of cases takes over their limit (two desks' cases merged, say).
import type { Subscription } from '../subscription';
import { beijingDateOf, type MonthKey, monthOf } from '../time';
import { type MonthUsage, monthUsage, technicalNotVoided } from './month-usage';
import type { CaseRecord, PackPurchase } from './quota-types';

/**
 * Each month holding one of `cases` whose quota is over its limit, in month order: Q3, more
 * technical cases than 30 + 10 per pack bought that month, counted as monthUsage counts them
 * (Q4: voided cases do not count; Q5: only those opened while Standard was in force). Every pack
 * of the month counts here, whatever its date: the question is whether the month as a whole is
 * over, not whether one case could have been logged (DECISIONS 11).
 */
export function monthsOverQuota(input: {
  readonly subscription: Subscription;
  readonly cases: readonly CaseRecord[];
  readonly packs: readonly PackPurchase[];
}): MonthUsage[] {
  const byMonth = new Map<MonthKey, CaseRecord[]>();
  for (const record of input.cases) {
    if (!technicalNotVoided(record)) continue;
    const month = monthOf(beijingDateOf(record.openedAt));
    const list = byMonth.get(month);
    if (list) list.push(record);
    else byMonth.set(month, [record]);
  }
  return [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, cases]) => monthUsage({ subscription: input.subscription, packs: input.packs, month, cases }))
    .filter((usage) => usage.limit !== null && usage.used > usage.limit);
}
