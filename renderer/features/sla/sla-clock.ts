import { clockStatusAt, type ClockStatusKind, nextChangeAt } from '@core/sla';
import type { SlaRow } from '@main/ipc/contract';

/** A board row with its instants as numbers, parsed once when the board loads. */
export type ClockRow = SlaRow & { atRiskMs: number; dueMs: number; respondedMs: number | null };

export const toClockRow = (row: SlaRow): ClockRow => ({
  ...row,
  atRiskMs: Date.parse(row.atRiskAt),
  dueMs: Date.parse(row.dueAt),
  respondedMs: row.respondedAt === null ? null : Date.parse(row.respondedAt),
});

/** C2: where the case's clock stands at `nowMs` (C3: for information when not guaranteed). */
export const statusAt = (row: ClockRow, nowMs: number): ClockStatusKind => clockStatusAt(row, nowMs, row.respondedMs);

export type BoardCounts = { running: number; atRisk: number; breached: number; answered: number };

/** The header's counts; unanswered cases only, guaranteed or not, since all of them need chasing. */
export function countBoard(rows: readonly ClockRow[], nowMs: number): BoardCounts {
  const counts: BoardCounts = { running: 0, atRisk: 0, breached: 0, answered: 0 };
  for (const row of rows) {
    const status = statusAt(row, nowMs);
    if (status === 'at-risk') counts.atRisk += 1;
    else if (status === 'breached') counts.breached += 1;
    else if (status === 'running') counts.running += 1;
    else counts.answered += 1;
  }
  return counts;
}

/**
 * A key that changes only when some case changes state, so the view re-filters on transitions
 * and not on every tick: the number of unanswered cases past each milestone.
 */
export function transitionKey(rows: readonly ClockRow[], nowMs: number): string {
  const { atRisk, breached } = countBoard(rows, nowMs);
  return `${atRisk}/${breached}`;
}

export type Remaining = { overdue: boolean; hours: number; minutes: number; seconds: number };

/** Time left until due (or past it) for an unanswered case; null once answered. */
export function remainingAt(row: ClockRow, nowMs: number): Remaining | null {
  if (row.respondedMs !== null) return null;
  const diff = row.dueMs - nowMs;
  const total = Math.floor(Math.abs(diff) / 1000);
  return { overdue: diff < 0, hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
}

/**
 * The first instant after `nowMs` at which some unanswered case changes state (C2): until then
 * a tick changes no status, so it need not look at the board's thousands of rows.
 */
export function nextTransitionMs(rows: readonly ClockRow[], nowMs: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    if (row.respondedMs !== null) continue;
    const at = nextChangeAt(row, nowMs);
    if (at !== null && at < next) next = at;
  }
  return next;
}
