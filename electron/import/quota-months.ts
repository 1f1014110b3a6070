import { countsTowardQuota } from '../../core/quota';
import type { Subscription } from '../../core/subscription';
import type { CaseRecordStored } from '../ipc/contract';
import { asQuotaCases, caseMonthOf } from '../handlers/case-entry';

/**
 * T1: the Beijing month of an instant. Beijing is UTC+8 all year, so an instant in the app's
 * own form (…T10:00:00Z) is in the same month as every other of its UTC hour: worked out once an hour.
 */
export function monthsOf(): (openedAt: string) => string {
  const byHour = new Map<string, string>();
  return (openedAt) => {
    if (openedAt.length !== 20 || !openedAt.endsWith('Z')) return caseMonthOf(openedAt);
    const hour = openedAt.slice(0, 13);
    let month = byHour.get(hour);
    if (month === undefined) {
      month = caseMonthOf(openedAt);
      byHour.set(hour, month);
    }
    return month;
  };
}

/** Q1/Q4/Q5: whether a case counts toward its month's technical-case quota. */
const counts = (subscription: Subscription | null, c: CaseRecordStored, month: string) => subscription !== null && countsTowardQuota(subscription, asQuotaCases([c])[0]!, month);

/**
 * Q3 across a file: per partner and Beijing month, the cases that count toward the month's
 * quota, from the stored cases and then each accepted row in file order. buildCase is given
 * only these (nothing else counts toward Q3), so a row costs at most the month's limit (30 + 10
 * per pack) in core's count however many cases the month holds, and a Premier month none.
 */
export class QuotaMonths {
  readonly monthOf = monthsOf();
  private readonly counted = new Map<string, Map<string, CaseRecordStored[]>>();

  /** `subscriptionOf`: a partner's plan timeline (null without one: nothing counts). */
  constructor(private readonly subscriptionOf: (partnerId: string) => Subscription | null) {}

  /** A stored case, counted in its month if it uses the quota. */
  add(c: CaseRecordStored): void {
    this.accept(c, this.monthOf(c.openedAt));
  }

  /** The cases that count in a partner's month so far: the list to give buildCase. */
  countedIn(partnerId: string, month: string): CaseRecordStored[] {
    let months = this.counted.get(partnerId);
    if (!months) this.counted.set(partnerId, (months = new Map()));
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    return list;
  }

  /** A case accepted (a row of the file): it counts for the rows after it when it uses the quota. */
  accept(record: CaseRecordStored, month: string): void {
    if (counts(this.subscriptionOf(record.partnerId), record, month)) this.countedIn(record.partnerId, month).push(record);
  }
}
