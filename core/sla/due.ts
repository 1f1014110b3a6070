// C1 / C4: when a case must be answered.
import { addWorkingTime } from '../calendar';
import { planOf } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { checkSeverity } from '../quota';
import { levelOn } from '../subscription';
import { beijingDateOf, DAY_MS, describeDate, MINUTE_MS, parseInstant } from '../time';
import { exactInstant } from './exact-instant';
import type { SlaCase, SlaDue } from './sla-types';

export function dueAt(input: SlaCase): Result<SlaDue> {
  const openedMs = parseInstant(input.openedAt);
  const openedOn = beijingDateOf(openedMs);
  // C4: the level in force on the opening date (S3).
  const level = levelOn(input.subscription, openedOn);
  if (level === null) {
    return fail('NO_ACTIVE_SUBSCRIPTION', 'C4', `The partner had no support plan in force on ${describeDate(openedOn)}.`, { on: openedOn });
  }
  const target = checkSeverity(level, input.severity);
  if (!target.ok) return target;
  const minutes = target.value;
  if (minutes === null) {
    // C1 / T5: Basic is "accepted within 1 working day" = 24 hours of working-day time.
    const targetMs = (planOf(level).acceptanceWorkingDays ?? 1) * DAY_MS;
    const dueMs = addWorkingTime(input.calendar, openedMs, targetMs);
    return ok({ level, dueAt: exactInstant(dueMs), dueMs, targetMs, clock: 'working-time' });
  }
  // C1: Standard and Premier run 24/7.
  const targetMs = minutes * MINUTE_MS;
  // C2 compares instants exactly: the due instant keeps the opening's milliseconds.
  const dueMs = openedMs + targetMs;
  return ok({ level, dueAt: exactInstant(dueMs), dueMs, targetMs, clock: '24/7' });
}
