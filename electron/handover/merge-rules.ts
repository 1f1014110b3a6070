import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredPartner } from '../store/records/partners';
import type { StoredConsumption, StoredSubscription } from '../store/records/plans';

/*
 * How a hand-over merges into this desk (for core/DECISIONS.md):
 *
 * - Records are matched by id; consumption by partner and month (M9: one entry a month).
 * - Only in the file: added. In both and equal: nothing. In both and different: the version
 *   whose last change is later is taken; on a tie this desk's stays.
 * - The last change of a partner's profile and of a month's consumption is its `updatedAt`; of a
 *   case or a booking, its last history entry's `at` (an entry saying it came by hand-over is not
 *   a change: it is left out of both the comparison and the date); of a subscription, the latest
 *   of its last level change (S3), its current period's start (S1, a renewal) and its segment's
 *   start (M4), then the number of level changes: every change moves one of them forward.
 * - A recorded charge or refund is never changed by a merge (M8, DECISIONS 27): one that differs
 *   keeps this desk's and is listed as a problem (`charge-differs`). A pack stays with its charge
 *   (M7): one that differs keeps this desk's too.
 * - A case's `alerted` (which desktop alerts this desk showed, C2) is this desk's own: not a
 *   difference.
 * - Rule problems (Q3, B1-B3) are listed for the merged data of the file's partners, except those
 *   this desk has already, as they are (same kind, partner and period, and no more over than now):
 *   what the user sees before confirming is what the hand-over would put over a limit.
 */

/** The history action a case or booking taken from a hand-over gets (fits the records' 40 characters). */
export const HANDED_OVER = 'handed-over';

export type Decision = 'added' | 'updated' | 'kept' | 'same';

/** Two JSON-shaped values alike, whatever their keys' order; a key set to undefined is a key not there. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((item, i) => sameValue(item, (b as unknown[])[i]));
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}
type History = readonly { at: string; action: string }[];
const changes = <H extends History>(history: H): H => history.filter((h) => h.action !== HANDED_OVER) as unknown as H;
const lastAt = (history: History, otherwise: string): number => Date.parse(changes(history).at(-1)?.at ?? otherwise);

/** A case or booking without what is this desk's own (hand-over entries, alerts shown). */
const substance = <T extends { history: History }>(record: T): unknown => {
  const { alerted: _alerted, ...rest } = record as T & { alerted?: unknown };
  return { ...rest, history: changes(record.history) };
};

/** What a kind of record is compared by: whether two versions are the same, and whether the file's is the later. */
export type RecordRule<T> = { same: (file: T, desk: T) => boolean; fileIsLater: (file: T, desk: T) => boolean };

const byUpdatedAt = <T extends { updatedAt: string }>(): RecordRule<T> => ({
  same: sameValue,
  fileIsLater: (file, desk) => Date.parse(file.updatedAt) > Date.parse(desk.updatedAt),
});

export const partnerRule = byUpdatedAt<StoredPartner>();
export const consumptionRule = byUpdatedAt<StoredConsumption>();

export const caseRule: RecordRule<StoredCase> = {
  same: (file, desk) => sameValue(substance(file), substance(desk)),
  fileIsLater: (file, desk) => lastAt(file.history, file.openedAt) > lastAt(desk.history, desk.openedAt),
};

export const bookingRule: RecordRule<StoredBooking> = {
  same: (file, desk) => sameValue(substance(file), substance(desk)),
  fileIsLater: (file, desk) => lastAt(file.history, file.appliedOn) > lastAt(desk.history, desk.appliedOn),
};

/** S1 / S3 / M4: how far a subscription has come: its latest dated change, then how many level changes it holds. */
function progress(s: StoredSubscription): [string, number] {
  const dates = [s.levels.at(-1)!.from, s.period.start, s.segment.start].sort();
  return [dates.at(-1)!, s.levels.length];
}

export const subscriptionRule: RecordRule<StoredSubscription> = {
  same: sameValue,
  fileIsLater: (file, desk) => {
    const [fileDate, fileChanges] = progress(file);
    const [deskDate, deskChanges] = progress(desk);
    return fileDate > deskDate || (fileDate === deskDate && fileChanges > deskChanges);
  },
};

/** M7 / M8: recorded charges (and the packs they pay for) never change: the file's is never the later. */
export const recordedRule: RecordRule<unknown> = { same: sameValue, fileIsLater: () => false };

export function decide<T>(rule: RecordRule<T>, file: T, desk: T | undefined): Decision {
  if (desk === undefined) return 'added';
  if (rule.same(file, desk)) return 'same';
  return rule.fileIsLater(file, desk) ? 'updated' : 'kept';
}

/** What a manager would call the partner's details: not its id or when it was written. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt']);

/** The profile fields that differ, for the preview. */
export const differingFields = (file: StoredPartner, desk: StoredPartner): string[] =>
  (Object.keys(file) as (keyof StoredPartner)[]).filter((key) => !BOOKKEEPING.has(key) && !sameValue(file[key], desk[key]));

/** C2: a case taken from the file keeps the alerts this desk has shown for it (each is shown once per case and state). */
export const withOurAlerts = (file: StoredCase, desk: StoredCase): StoredCase => ({ ...file, alerted: [...new Set([...desk.alerted, ...file.alerted])] });

/**
 * A case or booking as it is stored from a hand-over: the file's version, with an entry saying
 * so, dated now (a later revision than any stored before, as the store orders versions). Its
 * reason is the instant the file was written, as the file says it, for the page to show in the
 * user's language and zone.
 */
export function handedOver<T extends { history: { at: string; action: string; reason: string }[] }>(record: T, now: string, createdAt: string): T {
  return { ...record, history: [...record.history, { at: now, action: HANDED_OVER, reason: createdAt }] };
}
