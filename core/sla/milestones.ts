// C1 / C2 / C3: the instants at which a case's clock changes state, computed once per case so a
// screen with thousands of open cases only compares numbers on each tick.
import { addWorkingTime } from '../calendar';
import type { SeverityId } from '../catalog';
import { ok, type Result } from '../errors';
import { parseInstant } from '../time';
import { dueAt } from './due';
import type { SlaCase, SlaDue } from './sla-types';

/** C2: at-risk from 75 % of the target elapsed. */
export const AT_RISK_NUMERATOR = 3;
export const AT_RISK_DENOMINATOR = 4;

export type SlaMilestones = SlaDue & {
  readonly openedMs: number;
  /** C2: the first instant at which 75 % of the target has elapsed (working time on Basic, T5). */
  readonly atRiskMs: number;
  /** C3: false once the severity was corrected; the clock is then for information only. */
  readonly guaranteed: boolean;
};

export type ClockStatusKind = 'running' | 'at-risk' | 'breached' | 'met' | 'missed';

export function slaMilestones(input: SlaCase & { readonly correctedSeverity?: SeverityId | null }): Result<SlaMilestones> {
  const corrected = input.correctedSeverity ?? undefined;
  const wasCorrected = corrected !== undefined && corrected !== input.severity;
  // C3: the due time is recomputed from the corrected severity, for information. A correction to
  // a severity the level does not offer still voids the guarantee; the clock then keeps running
  // against the severity the case was opened with.
  const recomputed = wasCorrected ? dueAt({ ...input, severity: corrected }) : null;
  const due = recomputed?.ok ? recomputed : dueAt(input);
  if (!due.ok) return due;
  const openedMs = parseInstant(input.openedAt);
  const atRiskTargetMs = (due.value.targetMs * AT_RISK_NUMERATOR) / AT_RISK_DENOMINATOR;
  // addWorkingTime answers the earliest instant at which that much working time has run, so the
  // case is at risk exactly from then on (T5), as C2 counts it.
  const atRiskMs = due.value.clock === 'working-time' ? addWorkingTime(input.calendar, openedMs, atRiskTargetMs) : openedMs + atRiskTargetMs;
  return ok({ ...due.value, openedMs, atRiskMs, guaranteed: !wasCorrected });
}

/** C2: where the clock stands at `nowMs`; a response fixes it as met or missed. */
export function clockStatusAt(milestones: Pick<SlaMilestones, 'atRiskMs' | 'dueMs'>, nowMs: number, respondedMs: number | null): ClockStatusKind {
  if (respondedMs !== null) return respondedMs <= milestones.dueMs ? 'met' : 'missed';
  if (nowMs > milestones.dueMs) return 'breached';
  return nowMs >= milestones.atRiskMs ? 'at-risk' : 'running';
}

/** The next instant after `nowMs` at which an unanswered case changes state, or null if none. */
export function nextChangeAt(milestones: Pick<SlaMilestones, 'atRiskMs' | 'dueMs'>, nowMs: number): number | null {
  if (nowMs < milestones.atRiskMs) return milestones.atRiskMs;
  // C2: breached strictly after due; the first whole millisecond after it.
  if (nowMs <= milestones.dueMs) return milestones.dueMs + 1;
  return null;
}
