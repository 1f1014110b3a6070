import { applyCaseAction, type CaseAction } from '@core/cases';
import { type SeverityId, severityIds } from '@core/catalog';
import { formatInstant, HOUR_MS, parseInstant } from '@core/time';

import type { StoredCase } from '../store/records/cases';
import type { Random } from './random';

/** One change through core's lifecycle (C2, C3, Q4), kept in the history as cases/update keeps it. */
function step(record: StoredCase, change: CaseAction, atMs: number): StoredCase {
  const at = formatInstant(atMs);
  const applied = applyCaseAction(record, change, at);
  if (!applied.ok) return record;
  const { detail, ...fields } = applied.value;
  const reason = 'reason' in change ? change.reason : change.respondedBy;
  return { ...record, ...fields, history: [...record.history, { at, action: change.action, reason, ...(detail ? { detail } : {}) }] };
}

const ENGINEERS = ['Chen Jing', 'Wang Fang', 'Zhang Wei', 'Liu Yang', 'Zhao Min'];

/**
 * What happened to a case by `nowMs`: most are answered within their target (a few late), then
 * closed; some are withdrawn, voided as mistakes or have their severity corrected. A case in the
 * backlog (`unanswered`) is still waiting for its first response.
 */
export function liveCase(random: Random, built: StoredCase, nowMs: number, unanswered: boolean): StoredCase {
  const openedMs = parseInstant(built.openedAt);
  const targetMs = parseInstant(built.dueAt) - openedMs;
  let record = built;
  let clock = openedMs + random.int(5, 60) * 60_000;
  if (record.severity !== null && random.chance(0.015)) {
    // C3: a wrongly rated case is corrected to a neighbouring severity.
    const offered = severityIds.filter(
      (id): id is SeverityId => id !== record.severity && (record.level === 'premier' || id !== 'core-production-unavailable'),
    );
    if (clock <= nowMs) record = step(record, { action: 'correct-severity', severity: random.pick(offered), reason: 'Severity rated wrongly' }, clock);
  }
  if (unanswered) return record;
  if (random.chance(0.01)) return clock <= nowMs ? step(record, { action: 'void', reason: 'Logged twice by mistake' }, clock) : record;
  // C2: nine in ten are answered in time, the rest up to two and a half targets late.
  const respondMs = openedMs + Math.round(targetMs * (random.chance(0.9) ? 0.05 + random.next() * 0.9 : 1.02 + random.next() * 1.5));
  if (random.chance(0.02)) {
    clock = openedMs + Math.round(targetMs * random.next() * 0.5);
    return clock <= nowMs ? step(record, { action: 'withdraw', reason: 'Customer solved it' }, clock) : record;
  }
  if (respondMs > nowMs) return record;
  record = step(record, { action: 'respond', respondedAt: formatInstant(respondMs), respondedBy: random.pick(ENGINEERS) }, respondMs);
  const closeMs = respondMs + random.int(2, 240) * HOUR_MS;
  return closeMs <= nowMs ? step(record, { action: 'close', reason: '' }, closeMs) : record;
}
