// C2 / C3: where a case stands against its response target.
import { workingTimeBetween } from '../calendar';
import type { SeverityId } from '../catalog';
import { ok, type Result } from '../errors';
import { type IsoInstant, parseInstant } from '../time';
import { clockStatusAt, type ClockStatusKind, slaMilestones } from './milestones';
import type { SlaCase, SlaDue, SlaStatusKind } from './sla-types';

export type SlaStatusInput = SlaCase & {
  readonly now: IsoInstant;
  readonly respondedAt?: IsoInstant | null;
  /** C3: the severity the vendor corrected the case to. */
  readonly correctedSeverity?: SeverityId | null;
};

export type SlaStatus = SlaDue & {
  readonly status: SlaStatusKind;
  /**
   * The status against the due time, even when not guaranteed (C3: for information, and left
   * out of the met rate by reports).
   */
  readonly clockStatus: ClockStatusKind;
  readonly guaranteed: boolean;
  /** Elapsed part of the target (working time on Basic), 0..∞. */
  readonly elapsedMs: number;
  /** Wall-clock time left until due while unanswered, else 0. */
  readonly remainingMs: number;
  /** Wall-clock time past due: unanswered and breached, or answered late. */
  readonly overdueMs: number;
};

export function slaStatus(input: SlaStatusInput): Result<SlaStatus> {
  const milestones = slaMilestones(input);
  if (!milestones.ok) return milestones;
  const { level, dueAt, targetMs, clock, openedMs, dueMs, guaranteed } = milestones.value;
  const nowMs = parseInstant(input.now);
  const respondedMs = input.respondedAt ? parseInstant(input.respondedAt) : null;
  const until = respondedMs ?? nowMs;
  const clockStatus = clockStatusAt(milestones.value, nowMs, respondedMs);
  return ok({
    level,
    dueAt,
    dueMs,
    targetMs,
    clock,
    status: guaranteed ? clockStatus : 'not-guaranteed',
    clockStatus,
    guaranteed,
    elapsedMs: clock === 'working-time' ? workingTimeBetween(input.calendar, openedMs, until) : Math.max(0, until - openedMs),
    remainingMs: respondedMs === null ? Math.max(0, dueMs - nowMs) : 0,
    overdueMs: Math.max(0, until - dueMs),
  });
}
