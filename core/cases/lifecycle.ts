// The life of a case after it is opened: first response (C2), severity correction (C3),
// withdrawal and voiding (Q4), closing. Every change is kept in the case's history by the caller.
import type { Level, SeverityId } from '../catalog';
import { fail, ok, type Result } from '../errors';
import { type IsoInstant, parseInstant } from '../time';

export const CASE_STATES = ['open', 'responded', 'closed', 'withdrawn', 'voided'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type CaseAction =
  | { readonly action: 'respond'; readonly respondedAt: IsoInstant; readonly respondedBy: string }
  | { readonly action: 'correct-severity'; readonly severity: SeverityId; readonly reason: string }
  | { readonly action: 'withdraw'; readonly reason: string }
  | { readonly action: 'void'; readonly reason: string }
  | { readonly action: 'close'; readonly reason: string };

export type CaseActionName = CaseAction['action'];

/** What the lifecycle needs of a case. */
export type CaseFacts = {
  readonly state: CaseState;
  readonly level: Level;
  readonly openedAt: IsoInstant;
  readonly severity: SeverityId | null;
  readonly correctedSeverity: SeverityId | null;
};

export type CaseChange = {
  readonly state: CaseState;
  readonly respondedAt?: IsoInstant;
  readonly respondedBy?: string;
  readonly correctedSeverity?: SeverityId | null;
  /** For the history: what changed, in ids and instants (the screen words it). */
  readonly detail: string;
};

/** Which actions each state allows. A voided case is a data-entry mistake and stays as it is. */
const ALLOWED: Record<CaseState, readonly CaseActionName[]> = {
  open: ['respond', 'correct-severity', 'withdraw', 'void', 'close'],
  responded: ['correct-severity', 'withdraw', 'void', 'close'],
  closed: ['void'],
  withdrawn: ['void'],
  voided: [],
};

export const actionsFor = (state: CaseState): readonly CaseActionName[] => ALLOWED[state];

export function applyCaseAction(facts: CaseFacts, change: CaseAction, now: IsoInstant): Result<CaseChange> {
  if (!ALLOWED[facts.state].includes(change.action)) {
    return fail('CASE_ACTION_NOT_ALLOWED', 'C2', `A ${facts.state} case cannot be changed that way (${change.action}).`, {
      state: facts.state,
      action: change.action,
    });
  }
  switch (change.action) {
    case 'respond': {
      const at = parseInstant(change.respondedAt);
      // C2: a response is dated between the opening and now; a later one would stop the clock early.
      if (at < parseInstant(facts.openedAt)) {
        return fail('INVALID_INPUT', 'C2', 'The first response cannot be before the case was opened.', {
          field: 'respondedAt',
          openedAt: facts.openedAt,
          reason: 'before-opening',
        });
      }
      if (at > parseInstant(now)) return fail('INVALID_INPUT', 'C2', 'The first response cannot be in the future.', { field: 'respondedAt', reason: 'future' });
      return ok({ state: 'responded', respondedAt: change.respondedAt, respondedBy: change.respondedBy, detail: change.respondedAt });
    }
    case 'correct-severity': {
      // C3: Basic cases have no severity to correct (P2).
      if (facts.severity === null)
        return fail('INVALID_INPUT', 'C3', 'Basic cases have no severity to correct.', { field: 'severity', level: facts.level, reason: 'basic' });
      const current = facts.correctedSeverity ?? facts.severity;
      if (change.severity === current)
        return fail('INVALID_INPUT', 'C3', 'The case already has that severity.', { field: 'severity', severity: current, reason: 'same' });
      // C3: correcting back to the original severity restores the guarantee; the history keeps both.
      const correctedSeverity = change.severity === facts.severity ? null : change.severity;
      return ok({ state: facts.state, correctedSeverity, detail: `${current} → ${change.severity}` });
    }
    case 'withdraw':
      // Q4: a withdrawn case still counts toward the month's quota.
      return ok({ state: 'withdrawn', detail: '' });
    case 'void':
      // Q4: a voided case was a data-entry mistake and does not count.
      return ok({ state: 'voided', detail: facts.state });
    case 'close':
      return ok({ state: 'closed', detail: '' });
  }
}
