import * as A from '@automerge/automerge';

import { canonical } from './doc-values';

// A partner's cases and bookings go into their year documents as one value each: the record's
// JSON, an Automerge scalar (ImmutableString). A large portfolio holds 150,000 cases; written
// field by field, each case was thirty operations and the documents of a portfolio took gigabytes
// and minutes (see DECISIONS §31); one value a record keeps them small and quick.
//
// Two desks writing one record at once leave both versions (Automerge's conflicts). They are
// merged by what a record's life allows (see mergedVersions), so no action taken on either desk
// is lost; two different first responses to one case stay a conflict until a manager keeps one.

type Json = Record<string, unknown>;
type AnyMap = Record<string, unknown>;

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : A.isImmutableString(value) ? value.val : null);

/** A record as the document keeps it (null when it is not the JSON of an object: the store's check then refuses it). */
export function recordOf(value: unknown): unknown {
  const text = textOf(value);
  if (text === null) return value;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Every record of a map, by id (a record two desks wrote at once: Automerge's winner). */
export function recordsIn(map: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!map || typeof map !== 'object') return out;
  for (const [id, value] of Object.entries(map as AnyMap)) out[id] = recordOf(value);
  return out;
}

/**
 * Writes a record as one value (inside a handle.change), unless the document holds it already
 * as it is; `force` writes it even then (a new value ends a conflict). Answers whether it wrote.
 */
export function writeRecord(map: AnyMap, id: string, record: object, force = false): boolean {
  const text = canonical(record);
  // A record new to the document is written at once (the first push of a portfolio is all new).
  if (!force && map[id] !== undefined) {
    if (textOf(map[id]) === text && versionsOf(map, id).size <= 1) return false;
    if (isMergeOf(map, id, text)) return false;
  }
  map[id] = new A.ImmutableString(text);
  return true;
}

/**
 * Writes a record changed here (see writeRecord), unless the document's one version of it is a
 * peer's later change not stored here yet ('behind': left for a pull) or a change made apart
 * from this one ('apart': written by the caller beside the peer's, see headsBeforeWrite).
 */
export function writeLocal(map: AnyMap, id: string, record: object): boolean | 'behind' | 'apart' {
  const inDoc = map[id];
  if (inDoc === undefined || versionsOf(map, id).size > 1) return writeRecord(map, id, record);
  const text = canonical(record);
  if (textOf(inDoc) === text) return false;
  const stands = standing(record, inDoc);
  if (stands !== 'ahead') return stands;
  map[id] = new A.ImmutableString(text);
  return true;
}

/** The versions of one record two or more desks wrote at once, by the actor that wrote each (one entry when there is no conflict). */
export function versionsOf(map: unknown, id: string): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!map || typeof map !== 'object') return found;
  const conflicts = A.getConflicts(map as A.Doc<AnyMap>, id) ?? {};
  const seen = new Set<string>();
  for (const [op, value] of Object.entries(conflicts)) {
    const text = textOf(value);
    if (text === null || seen.has(text)) continue;
    seen.add(text);
    found.set(op.slice(op.indexOf('@') + 1), recordOf(value));
  }
  return found;
}

type Lived = Json & { history: { at: string }[] };

const isLived = (value: unknown): value is Lived => typeof value === 'object' && value !== null && Array.isArray((value as { history?: unknown }).history);

/**
 * Whether `text` is the merge of the versions two desks wrote at once: the store took the merge
 * (see mergedVersions), and writing it back from there would settle a conflict (two first
 * responses) that a manager is to settle.
 */
function isMergeOf(map: AnyMap, id: string, text: string): boolean {
  const versions = [...versionsOf(map, id).values()];
  const winner = recordOf(map[id]);
  if (versions.length <= 1 || !versions.every(isLived) || !isLived(winner)) return false;
  return canonical(mergedVersions(versions, winner)) === text;
}

const latest = (record: Lived) => record.history.reduce((max, entry) => (entry.at > max ? entry.at : max), '');

/**
 * One record from the versions two desks wrote at once, so that no action taken on either is
 * lost: the version whose latest history entry is the latest is the base (the winner on a tie),
 * its history holds every entry of every version in time order, a case keeps a first response
 * whichever version gave it (two different ones stay the winner's: a conflict to keep one of)
 * and every alert shown. The versions are records the store's schema has passed.
 */
export function mergedVersions<T extends Lived>(versions: readonly T[], winner: T): T {
  const base = versions.reduce((best, v) => (latest(v) > latest(best) ? v : best), winner);
  const entries = new Map<string, T['history'][number]>();
  for (const version of versions) for (const entry of version.history) entries.set(canonical(entry), entry);
  const history = [...entries.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const merged: Json = { ...base, history };
  if ('respondedAt' in base && base.respondedAt === null) {
    const answered = versions.find((v) => v.respondedAt !== null);
    if (answered) Object.assign(merged, { respondedAt: answered.respondedAt, respondedBy: answered.respondedBy });
  }
  if (Array.isArray(base.alerted)) merged.alerted = [...new Set(versions.flatMap((v) => (v.alerted as string[] | undefined) ?? []))].sort();
  return merged as T;
}

/** A record's history entries, each as its text without `by` (which desk wrote it is how a desk sees it: stamped, see records.ts). */
const entriesOf = (record: Lived) => new Set(record.history.map(({ by: _by, ...entry }: { at: string; by?: unknown }) => canonical(entry)));

/**
 * How a record written here stands to the document's one version of it, by their histories:
 * 'ahead' when it holds every entry the document's does (a later change of it, or a record
 * without a history), 'behind' when the document's holds every entry of it and more (a peer's
 * later change, not stored here yet), 'apart' when each holds one the other lacks: the record
 * was changed on two desks, neither seeing the other's change.
 */
export function standing(local: object, inDoc: unknown): 'ahead' | 'behind' | 'apart' {
  const theirs = recordOf(inDoc);
  if (!isLived(local) || !isLived(theirs)) return 'ahead';
  const [ours, others] = [entriesOf(local), entriesOf(theirs)];
  if ([...others].every((entry) => ours.has(entry))) return 'ahead';
  return [...ours].every((entry) => others.has(entry)) ? 'behind' : 'apart';
}

/**
 * The heads just before the change that wrote the document's value of `id` in `map`: a change
 * made at them is concurrent with that one, so both versions stay (Automerge's conflict) and
 * the rules see both. Null when no change wrote it.
 */
export function headsBeforeWrite(doc: A.Doc<unknown>, map: unknown, id: string): A.Heads | null {
  const obj = A.getObjectId(map as A.Doc<AnyMap>);
  const changes = A.getAllChanges(doc);
  // In causal order, the last change that set it wrote the value (there is one value: no conflict).
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = A.decodeChange(changes[i]!);
    if (change.ops.some((op) => op.obj === obj && op.key === id)) return change.deps;
  }
  return null;
}
