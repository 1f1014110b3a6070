import { type DeskState, kindOf, PORTFOLIO_KINDS } from './desk-state';
import type { Footprint } from './log-lines';

/** A change whose answer never came (killed in flight), with what the desk held when it began. */
export type Unanswered = {
  change: Footprint;
  round: number;
  seq: number;
  keysAtBegin: ReadonlySet<string>;
  /** Records a later acknowledged change vouches for: not this change's to explain. */
  touchedLater: Set<string>;
  /** A later sample load or removal replaced the whole portfolio: nothing of this one is left to check. */
  superseded: boolean;
};

type Rec = Record<string, unknown> & { history?: { action: string; reason: string }[] };

const idOf = (key: string) => key.slice(key.indexOf(':') + 1);
const isPortfolio = (key: string) => (PORTFOLIO_KINDS as readonly string[]).includes(kindOf(key));
const sameBut = (a: Rec, b: Rec, field: string) => JSON.stringify({ ...a, [field]: null }) === JSON.stringify({ ...b, [field]: null });
const hasHistory = (r: Rec | null, action: string, reason: string) => r?.history?.some((h) => h.action === action && h.reason === reason) ?? false;

/**
 * Whether an unanswered change may explain that a record differs from what was acknowledged
 * (`exp`) and is now `act` (null: absent). Only records the change itself could write: a new
 * case only with its tag, a partner only the one it named.
 */
export function claims(change: Footprint, key: string, exp: Rec | null, act: Rec | null): boolean {
  const kind = kindOf(key);
  const isNew = exp === null && act !== null;
  switch (change.kind) {
    case 'partner-create':
      return kind === 'partner' && isNew && act.name === change.name;
    case 'partner-update':
    case 'partner-archive':
      return key === `partner:${change.partnerId}` && exp !== null && act !== null;
    case 'subscription':
      return (kind === 'subscription' && (act ?? exp)?.partnerId === change.partnerId) || (kind === 'charge' && isNew && act.partnerId === change.partnerId);
    case 'buy-pack':
      return (kind === 'pack' || kind === 'charge') && isNew && act.partnerId === change.partnerId;
    case 'consumption':
      return key === `consumption:${change.partnerId}:${change.month}`;
    case 'case-open':
      return kind === 'case' && isNew && act.notes === change.tag;
    case 'case-update':
      return key === `case:${change.caseId}` && exp !== null && act !== null;
    case 'import':
      return kind === 'case' && isNew && String(act.notes).startsWith(`${change.tag}:`);
    case 'sla-alerts':
      return kind === 'case' && exp !== null && act !== null && sameBut(exp, act, 'alerted');
    case 'booking-create':
      return kind === 'booking' && isNew && act.notes === change.tag;
    case 'booking-update':
      return key === `booking:${change.bookingId}` && exp !== null && act !== null;
    case 'reschedule':
      return (
        (key === `booking:${change.bookingId}` && exp !== null && act !== null) || (kind === 'booking' && isNew && hasHistory(act, 'rescheduled', change.tag))
      );
    case 'settings':
    case 'price-book':
      return key === change.kind;
    case 'calendar-import':
    case 'calendar-reset':
      return key === 'calendar';
    case 'sample-load':
      return key === 'sample' || (isPortfolio(key) && isNew && idOf(key).startsWith('sample-'));
    case 'sample-remove':
      return key === 'sample' || (isPortfolio(key) && act === null);
  }
}

const parsed = (state: DeskState, key: string): Rec | null => {
  const text = state.get(key);
  return text === undefined ? null : (JSON.parse(text) as Rec | null);
};

const recordsOf = (state: DeskState, kind: string) =>
  [...state.keys()].filter((key) => kindOf(key) === kind).map((key) => ({ key, record: parsed(state, key)! }));

/**
 * A change spanning several records or files either landed whole or not at all: every accepted
 * row of an import or none, the whole sample or none of it, a reschedule's cancellation if and
 * only if its new booking, a pack with its charge. Answers what is wrong, or null.
 */
export function landedWhole(u: Unanswered, actual: DeskState): string | null {
  const { change } = u;
  if (change.kind === 'import') {
    const stored = recordsOf(actual, 'case').filter(({ record }) => String(record.notes).startsWith(`${change.tag}:`)).length;
    return stored === 0 || stored === change.accepted
      ? null
      : `an import cut by the kill was stored in part: ${stored} of its ${change.accepted} accepted rows (file of ${change.rows} rows, tag ${change.tag})`;
  }
  if (change.kind === 'reschedule') {
    const cancelled = hasHistory(parsed(actual, `booking:${change.bookingId}`), 'reschedule', change.tag);
    const moved = recordsOf(actual, 'booking').some(
      ({ key, record }) => key !== `booking:${change.bookingId}` && hasHistory(record, 'rescheduled', change.tag),
    );
    return cancelled === moved
      ? null
      : `a reschedule cut by the kill was stored in part: booking ${change.bookingId} ${cancelled ? 'cancelled' : 'not cancelled'}, ${moved ? 'a' : 'no'} new booking (tag ${change.tag})`;
  }
  if (change.kind === 'buy-pack') {
    const packs = recordsOf(actual, 'pack').filter(({ key, record }) => !u.keysAtBegin.has(key) && record.partnerId === change.partnerId);
    const charges = recordsOf(actual, 'charge').filter(
      ({ key, record }) => !u.keysAtBegin.has(key) && record.partnerId === change.partnerId && record.kind === 'addon-pack',
    );
    const paired = packs.every(({ record }) => actual.has(`charge:${String(record.chargeId)}`));
    return packs.length === charges.length && packs.length <= 1 && paired
      ? null
      : `a pack bought in flight left ${packs.length} packs and ${charges.length} charges`;
  }
  if (change.kind === 'sample-load') {
    const mark = parsed(actual, 'sample') as { partners: number; cases: number; bookings: number } | null;
    const held = (kind: string) => recordsOf(actual, kind).filter(({ key }) => idOf(key).startsWith('sample-')).length;
    const found = { partners: held('partner'), cases: held('case'), bookings: held('booking') };
    const wanted = mark ? { partners: mark.partners, cases: mark.cases, bookings: mark.bookings } : { partners: 0, cases: 0, bookings: 0 };
    return JSON.stringify(found) === JSON.stringify(wanted)
      ? null
      : `a sample load cut by the kill left ${JSON.stringify(found)} while its mark says ${JSON.stringify(mark)}`;
  }
  if (change.kind === 'sample-remove') {
    const before = [...u.keysAtBegin].filter((key) => isPortfolio(key) && !u.touchedLater.has(key));
    const kept = before.filter((key) => actual.has(key)).length;
    const removed = actual.get('sample') === 'null';
    return (removed && kept === 0) || (!removed && kept === before.length)
      ? null
      : `a sample removal cut by the kill was done in part: ${before.length - kept} of ${before.length} records gone, the sample mark ${removed ? 'removed' : 'still there'}`;
  }
  if (change.kind === 'partner-create' || change.kind === 'case-open' || change.kind === 'booking-create') {
    const made = [...actual.keys()].filter((key) => !u.keysAtBegin.has(key) && claims(change, key, null, parsed(actual, key))).length;
    return made <= 1 ? null : `one ${change.kind} in flight made ${made} records`;
  }
  return null;
}
