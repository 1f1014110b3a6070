import { countsTowardQuota, usedFromDailyCounts } from '@core/quota';
import type { Subscription } from '@core/subscription';

import { type CaseFacts, quotaView } from '../store/case-facts';
import type { StoredCase } from '../store/records/cases';

/**
 * Q3 across a file: per partner and Beijing month, how many cases count toward the month's
 * quota, first the stored ones (from each day's facts: the technical cases not voided of a day
 * Standard was in force, Q1/Q4/Q5), then each accepted row in file order. buildCase is given
 * the count, so a row costs the same however many cases its month holds.
 */
export class QuotaMonths {
  private readonly used = new Map<string, Map<string, number>>();
  /** Each month's days with stored cases, and their facts. */
  private readonly days = new Map<string, [day: string, facts: CaseFacts][]>();

  constructor(
    /** A partner's plan timeline (null without one: nothing counts). */
    private readonly subscriptionOf: (partnerId: string) => Subscription | null,
    /** The facts of every day with stored cases (the partition key is the Beijing day). */
    stored: ReadonlyMap<string, CaseFacts>,
  ) {
    for (const [day, facts] of stored) {
      const month = day.slice(0, 7);
      const list = this.days.get(month);
      if (list) list.push([day, facts]);
      else this.days.set(month, [[day, facts]]);
    }
  }

  /** The cases that count in a partner's month so far (stored, then accepted): what buildCase is given. */
  usedIn(partnerId: string, month: string): number {
    let months = this.used.get(partnerId);
    if (!months) this.used.set(partnerId, (months = new Map()));
    let used = months.get(month);
    if (used === undefined) {
      const subscription = this.subscriptionOf(partnerId);
      used = subscription
        ? usedFromDailyCounts(
            subscription,
            (this.days.get(month) ?? []).map(([day, facts]) => [day, facts[partnerId]?.t ?? 0] as const),
          )
        : 0;
      months.set(month, used);
    }
    return used;
  }

  /** A case accepted (a row of the file): it counts for the rows after it when it uses the quota. */
  accept(record: StoredCase, month: string): void {
    const subscription = this.subscriptionOf(record.partnerId);
    if (!subscription || !countsTowardQuota(subscription, quotaView(record), month)) return;
    const used = this.usedIn(record.partnerId, month);
    this.used.get(record.partnerId)!.set(month, used + 1);
  }
}
