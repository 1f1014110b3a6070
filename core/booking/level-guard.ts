// B4: any booking needs a subscription in force on its date(s).
import { type Level, type LevelPlan, planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { inForceThroughout, levelOn, type Subscription } from '../subscription';
import { describeDate, type IsoDate } from '../time';

export function planInForce(subscription: Subscription, start: IsoDate, end: IsoDate = start): Result<{ level: Level; plan: LevelPlan }> {
  const level = levelOn(subscription, start);
  if (level === null || !inForceThroughout(subscription, start, end)) {
    const when = start === end ? `on ${describeDate(start)}` : `throughout ${describeDate(start)} to ${describeDate(end)}`;
    return fail('NO_ACTIVE_SUBSCRIPTION', 'B4', `The partner has no support plan in force ${when}, so it cannot be booked.`, { start, end });
  }
  return ok({ level, plan: planOf(level) });
}
