// C2 / C3: how well response targets were met, per severity, for reports.
import { type SeverityId, severityIds } from '../catalog';
import type { ClockStatusKind } from '../sla';

export type SlaOutcome = {
  /** The severity the case was opened with; null on Basic (accepted within 1 working day). */
  readonly severity: SeverityId | null;
  /** C3: false once the severity was corrected; such cases are left out of the met rate. */
  readonly guaranteed: boolean;
  readonly clockStatus: ClockStatusKind;
};

export type SlaPerformanceRow = {
  readonly severity: SeverityId | null;
  readonly met: number;
  /** Answered late, or still unanswered past due (breached): both missed the target. */
  readonly missed: number;
  /** Unanswered and not yet due: not decided, so not in the rate. */
  readonly pending: number;
  /** C3: corrected cases, reported but not rated. */
  readonly notGuaranteed: number;
  /** met / (met + missed), in basis points rounded half-up; null when nothing is decided. */
  readonly metRateBp: number | null;
};

const ORDER: readonly (SeverityId | null)[] = [...severityIds, null];

export function metRateBp(met: number, missed: number): number | null {
  const decided = met + missed;
  return decided === 0 ? null : Math.floor((met * 10_000 * 2 + decided) / (decided * 2));
}

/** One row per severity that has cases (most urgent first, Basic last), and the total. */
export function slaPerformance(outcomes: readonly SlaOutcome[]): { rows: SlaPerformanceRow[]; total: SlaPerformanceRow } {
  const counts = new Map<SeverityId | null, { met: number; missed: number; pending: number; notGuaranteed: number }>();
  for (const o of outcomes) {
    const c = counts.get(o.severity) ?? { met: 0, missed: 0, pending: 0, notGuaranteed: 0 };
    if (!o.guaranteed) c.notGuaranteed += 1;
    else if (o.clockStatus === 'met') c.met += 1;
    else if (o.clockStatus === 'missed' || o.clockStatus === 'breached') c.missed += 1;
    else c.pending += 1;
    counts.set(o.severity, c);
  }
  const rows = ORDER.flatMap((severity) => {
    const c = counts.get(severity);
    return c ? [{ severity, ...c, metRateBp: metRateBp(c.met, c.missed) }] : [];
  });
  const sum = (key: 'met' | 'missed' | 'pending' | 'notGuaranteed') => rows.reduce((n, r) => n + r[key], 0);
  const total = {
    severity: null,
    met: sum('met'),
    missed: sum('missed'),
    pending: sum('pending'),
    notGuaranteed: sum('notGuaranteed'),
    metRateBp: metRateBp(sum('met'), sum('missed')),
  };
  return { rows, total };
}
