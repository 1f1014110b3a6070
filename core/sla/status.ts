// C2 / C3: where a case stands against its response target.
import type { SeverityId } from '../catalog';
import { workingTimeBetween } from '../calendar';
import { ok, type Result } from '../errors';
import { parseInstant, type IsoInstant } from '../time';
import { dueAt } from './due';
import type { SlaCase, SlaDue, SlaStatusKind } from './sla-types';

/** C2: at-risk from 75 % of the target elapsed. */
export const AT_RISK_NUMERATOR = 3;
export const AT_RISK_DENOMINATOR = 4;

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
  readonly clockStatus: Exclude<SlaStatusKind, 'not-guaranteed'>;
  readonly guaranteed: boolean;
  /** Elapsed part of the target (working time on Basic), 0..∞. */
  readonly elapsedMs: number;
  /** Wall-clock time left until due while unanswered, else 0. */
  readonly remainingMs: number;
  /** Wall-clock time past due: unanswered and breached, or answered late. */
  readonly overdueMs: number;
};

export function slaStatus(input: SlaStatusInput): Result<SlaStatus> {
  const corrected = input.correctedSeverity ?? undefined;
  const wasCorrected = corrected !== undefined && corrected !== input.severity;
  // C3: the due time is recomputed from the corrected severity, for information.
  // A correction to a severity the level does not offer still voids the guarantee; the clock
  // then keeps running against the severity the case was opened with.
  const recomputed = wasCorrected ? dueAt({ ...input, severity: corrected }) : null;
  const due = recomputed?.ok ? recomputed : dueAt(input);
  if (!due.ok) return due;
  const openedMs = parseInstant(input.openedAt);
  const dueMs = parseInstant(due.value.dueAt);
  const nowMs = parseInstant(input.now);
  const respondedMs = input.respondedAt ? parseInstant(input.respondedAt) : null;
  const until = respondedMs ?? nowMs;
  const elapsedMs =
    due.value.clock === 'working-time'
      ? workingTimeBetween(input.calendar, openedMs, until)
      : Math.max(0, until - openedMs);

  let clockStatus: SlaStatus['clockStatus'];
  if (respondedMs !== null) clockStatus = respondedMs <= dueMs ? 'met' : 'missed';
  else if (nowMs > dueMs) clockStatus = 'breached';
  else if (elapsedMs * AT_RISK_DENOMINATOR >= due.value.targetMs * AT_RISK_NUMERATOR) clockStatus = 'at-risk';
  else clockStatus = 'running';

  return ok({
    ...due.value,
    status: wasCorrected ? 'not-guaranteed' : clockStatus,
    clockStatus,
    guaranteed: !wasCorrected,
    elapsedMs,
    remainingMs: respondedMs === null ? Math.max(0, dueMs - nowMs) : 0,
    overdueMs: Math.max(0, until - dueMs),
  });
}
