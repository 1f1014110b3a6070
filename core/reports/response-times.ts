// C2 / C3: the first-response times of a severity, for the service report.
import { planOf, type SeverityId } from '../catalog';
import { MINUTE_MS } from '../time';
import type { ReportCase, SeverityReportRow } from './service-report-types';
import { slaPerformance } from './sla-performance';

/**
 * Wall-clock minutes, rounded up: a response 30 s after a 30-minute target reads "31 min", never
 * as on target. The same clock for every level, Basic included (its target is 1 working day,
 * T5, so its times are shown beside that target rather than compared minute for minute).
 */
export const minutesUp = (ms: number): number => Math.ceil(ms / MINUTE_MS);

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** P2: Standard and Premier share every target they both offer, so Premier's table answers both. */
export const targetMinutes = (severity: SeverityId | null): number | null => (severity === null ? null : (planOf('premier').responseTargets[severity] ?? null));

/**
 * One row per severity with cases (most urgent first, Basic last) and the month's total. The
 * times count only guaranteed cases (C3: a corrected case has no target to be measured against).
 */
export function severityRows(cases: readonly ReportCase[]): { rows: SeverityReportRow[]; total: SeverityReportRow } {
  const { rows, total } = slaPerformance(cases.map((c) => c.outcome));
  const times = (of: readonly ReportCase[]) => of.flatMap((c) => (c.outcome.guaranteed && c.responseMs !== null ? [c.responseMs] : []));
  const withTimes = (of: readonly ReportCase[], target: number | null) => {
    const answered = times(of);
    const median = medianOf(answered);
    return {
      count: of.length,
      targetMinutes: target,
      medianMinutes: median === null ? null : minutesUp(median),
      longestMinutes: answered.length === 0 ? null : minutesUp(Math.max(...answered)),
    };
  };
  return {
    rows: rows.map((row) => ({
      ...row,
      ...withTimes(
        cases.filter((c) => c.outcome.severity === row.severity),
        targetMinutes(row.severity),
      ),
    })),
    // Targets differ between severities, so the total has none.
    total: { ...total, ...withTimes(cases, null) },
  };
}
