import { HEAD } from './feed';

// A record removed on one desk (a month's consumption cleared) must go from the other desks too,
// and must not come back from the document. An absence alone does not tell a removal from a
// record not yet arrived: a record in the document and missing here is either removed here or
// added by a peer and not yet stored; one here and missing from the document is either removed
// by a peer or added here and not yet written. What tells them apart is what this desk and the
// document last both held (`seen`, kept in the sync state so a restart, or sync turned off for a
// while, still knows): a record both held and now missing on one side was removed on that side.
//
// Recorded charges are never removed (they never change); the profile goes with the partner.

/** The parts of a PartnerDoc whose records a desk may remove. */
const PARTS = ['subscriptions', 'packs', 'consumption'] as const;
type Part = (typeof PARTS)[number];

export type RecordKey = `${Part}/${string}`;

const keyOf = (part: Part, key: string): RecordKey => `${part}/${key}`;

/** The removable records of a partner's content, as `part/key`. */
export function recordKeys(content: { [P in Part]?: Readonly<Record<string, unknown>> } | null): Set<RecordKey> {
  const keys = new Set<RecordKey>();
  if (!content) return keys;
  for (const part of PARTS) for (const key of Object.keys(content[part] ?? {})) keys.add(keyOf(part, key));
  return keys;
}

/** Records `from` lacks that `other` has and `seen` says both held: removed on the side of `from`. */
function removedFrom(from: Set<RecordKey>, other: Set<RecordKey>, seen: ReadonlySet<string>): { part: Part; key: string }[] {
  const removed: { part: Part; key: string }[] = [];
  for (const record of other) {
    if (from.has(record) || !seen.has(record)) continue;
    const at = record.indexOf('/');
    removed.push({ part: record.slice(0, at) as Part, key: record.slice(at + 1) });
  }
  return removed;
}

/** What this desk removed since it and the document last both held it: to remove from the document. */
export const removedHere = (local: Set<RecordKey>, doc: Set<RecordKey>, seen: ReadonlySet<string>) => removedFrom(local, doc, seen);

/** What a peer removed from the document since this desk and the document last both held it: to remove from the store. */
export const removedThere = (local: Set<RecordKey>, doc: Set<RecordKey>, seen: ReadonlySet<string>) => removedFrom(doc, local, seen);

/** What both hold now: the next `seen`. */
export function heldByBoth(local: Set<RecordKey>, doc: Set<RecordKey>): Set<string> {
  const both = new Set<string>();
  for (const record of local) if (doc.has(record)) both.add(record);
  return both;
}

/**
 * Per partner, the records of its PartnerDoc this desk and the document last both held, and the
 * document's version desk.json then held all of (its `base`, see pushPartnerMain); both kept in the
 * sync state.
 */
export class SeenRecords {
  private readonly seen: Map<string, ReadonlySet<string>>;
  private readonly bases: Map<string, string>;

  constructor(kept: Record<string, string[]>, bases: Record<string, string> = {}) {
    this.seen = new Map(Object.entries(kept).map(([partnerId, records]) => [partnerId, new Set(records)]));
    this.bases = new Map(Object.entries(bases));
  }

  of(partnerId: string): ReadonlySet<string> {
    return this.seen.get(partnerId) ?? new Set();
  }

  /** The base, if one is kept and well formed. */
  baseOf(partnerId: string): string[] | undefined {
    const heads = this.bases.get(partnerId)?.split(',');
    return heads?.every((head) => HEAD.test(head)) ? heads : undefined;
  }

  /** Records what both hold now and the base (null: unknown, left as it was); answers whether either changed. */
  saw(partnerId: string, records: Set<string> | null, base: readonly string[] | null = null): boolean {
    const text = base === null ? undefined : [...base].sort().join(',');
    const newBase = text !== undefined && text !== this.bases.get(partnerId);
    if (newBase) this.bases.set(partnerId, text);
    const before = this.of(partnerId);
    if (records === null || (records.size === before.size && [...records].every((r) => before.has(r)))) return newBase;
    this.seen.set(partnerId, records);
    return true;
  }

  toKeep(): { seen: Record<string, string[]>; bases: Record<string, string> } {
    return {
      seen: Object.fromEntries([...this.seen].map(([partnerId, records]) => [partnerId, [...records].sort()])),
      bases: Object.fromEntries(this.bases),
    };
  }
}
