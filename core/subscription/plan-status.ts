// S1 / S5: where a recorded subscription stands on a date: ended or not, and its renewal.
import type { Level } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { addDays, type IsoDate } from '../time';
import { levelOn } from './level-timeline';
import { type ServiceYear, serviceYearOf } from './periods';
import type { Period, RecordedSubscription, Subscription } from './subscription-types';

/** S1: how many days before a period ends its renewal is offered and can be recorded. */
export const RENEWAL_NOTICE_DAYS = 30;

/** S5: the date an unsubscribe takes effect, when the timeline ends with one (possibly still ahead). */
export function endedOn(subscription: Subscription): IsoDate | null {
  const last = subscription.levels.at(-1);
  return last && last.level === null ? last.from : null;
}

/** S5: ended once an unsubscribe is in force; one dated later only ends the plan on its date. */
export function hasEnded(subscription: Subscription, today: IsoDate): boolean {
  const end = endedOn(subscription);
  return end !== null && end <= today;
}

/** S1: the first day the renewal of `period` can be recorded. */
export const renewalOpensOn = (period: Period): IsoDate => addDays(period.end, -RENEWAL_NOTICE_DAYS);

export type PlanStatus = {
  /** S5: the date an unsubscribe takes effect, when one is recorded (possibly still ahead). */
  readonly endsOn: IsoDate | null;
  readonly levelToday: Level | null;
  /** S2: the service year `today` falls in, while the subscription has not ended. */
  readonly serviceYear: ServiceYear | null;
  /** S1: the next renewal date, and whether it is due (the period ends within 30 days or has ended). */
  readonly nextRenewal: IsoDate | null;
  readonly renewalDue: boolean;
};

/** Where the partner's latest subscription (null: it never subscribed) stands on `today`. */
export function planStatus(subscription: RecordedSubscription | null, today: IsoDate): PlanStatus {
  if (subscription === null) return { endsOn: null, levelToday: null, serviceYear: null, nextRenewal: null, renewalDue: false };
  const ongoing = !hasEnded(subscription, today);
  const endsOn = endedOn(subscription);
  return {
    endsOn,
    levelToday: levelOn(subscription, today),
    serviceYear: ongoing ? serviceYearOf(subscription, today) : null,
    nextRenewal: ongoing ? subscription.period.end : null,
    // An unsubscribe already recorded, even one still ahead, leaves nothing to renew.
    renewalDue: ongoing && endsOn === null && today >= renewalOpensOn(subscription.period),
  };
}

/** S5: a partner that never subscribed has no plan, so no case can be logged and nothing booked. */
export function checkHasSubscription<S extends Subscription>(subscription: S | null): Result<S> {
  if (subscription === null) return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', 'The partner has no support plan; subscribe first.');
  return ok(subscription);
}
