import * as A from '@automerge/automerge';
import type { DocHandle } from '@automerge/automerge-repo';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { canonical, plain } from './doc-values';
import type { PartnerYearDoc, Stamps } from './documents';
import { headsToReach, PARTNER_KEY } from './feed';
import { writeRecord } from './record-text';
import { checkedPartner, type CheckedYear, type PartnerContent } from './records';
import { removedThere } from './removals';
import type { TeamDocs } from './team-docs';

// Documents -> store: what a peer changed is checked with the store's schemas and written through
// the store's own write path (one transaction for every partner pulled in a step), only where it
// differs from what the store holds, so nothing echoes back. An invalid record is not stored: it is logged.

/** Records a local change has not yet written into the documents: the store's version is newer, so a pull leaves them. */
export type Pending = {
  partner: (partnerId: string) => boolean;
  item: (id: string) => boolean;
  /** Whether the store is known to hold this very version (no need to read its copy); optional. */
  holds?: (item: StoredCase | StoredBooking) => boolean;
  /** Told the cases and bookings a pull is about to store, so the store's echo of them is not written back (optional). */
  storing?: (items: readonly (StoredCase | StoredBooking)[]) => void;
  /** Told desk.json's part of these partners a pull is about to store (`data`), so its echo is not written back (optional). */
  storingMain?: (data: Readonly<DeskData>, partnerIds: readonly string[]) => void;
  /** Told the store's write of them is over, done or failed (optional). */
  stored?: () => void;
};

/** `heads`: the PartnerDoc's version `content` is of. */
export type PartnerDocs = { content: PartnerContent | null; heads: A.Heads; years: { year: string; doc: PartnerYearDoc }[]; reached: boolean };

/** How long a pull waits for a document to hold the heads the feed stamped (the stamp can arrive before the change). */
const REACH_MS = 5_000;

/**
 * The partner's documents: its PartnerDoc as plain values, and its years listed in the team index
 * as they are (their records are read with record-text). `reach`: the feed's stamps each document
 * must hold first; `reached` says whether they all did in time (otherwise what was read is older).
 */
export async function readPartnerDocs(docs: TeamDocs, partnerId: string, only?: readonly string[], reach: Stamps = {}): Promise<PartnerDocs> {
  const assigned = await docs.assignment(partnerId);
  const partner = await docs.partner(partnerId);
  const opened = [docs.reached(partner, headsToReach(reach[PARTNER_KEY]), REACH_MS)];
  const handles: { year: string; handle: DocHandle<PartnerYearDoc> }[] = [];
  // One after another: opened side by side (faster on an empty desk), the end-to-end test of two
  // first responses written apart failed in six runs of eight (the entry never stayed); not yet understood.
  for (const year of assigned?.years ?? []) {
    if (only && !only.includes(year)) continue;
    const handle = await docs.year(partnerId, year);
    handles.push({ year, handle });
    opened.push(docs.reached(handle, headsToReach(reach[year]), REACH_MS));
  }
  const reached = (await Promise.all(opened)).every(Boolean);
  const content = plain(partner.doc()) as unknown as PartnerContent & { profile: unknown };
  return { content, heads: A.getHeads(partner.doc()), years: handles.map(({ year, handle }) => ({ year, doc: handle.doc() })), reached };
}

/** Two desks gave one case two different first responses: a conflict a manager settles (keep one), not a merge. */
export const twoFirstResponses = (versions: readonly { respondedAt?: string | null }[]) =>
  new Set(versions.map((v) => v.respondedAt).filter((at) => typeof at === 'string')).size > 1;

/** Writes each merged record back into its year document (a new value ends the conflict on every desk), but for two first responses. */
export async function settleMerges(docs: TeamDocs, partnerId: string, years: ReadonlyMap<string, CheckedYear>) {
  for (const [year, checked] of years) {
    const settled = checked.cases.merged.filter((m) => !twoFirstResponses(m.versions));
    const bookings = checked.bookings.merged;
    if (settled.length + bookings.length === 0) continue;
    docs.change(await docs.year(partnerId, year), (doc) => {
      for (const m of settled) writeRecord(doc.cases as unknown as Record<string, unknown>, m.id, m.record, true);
      for (const m of bookings) writeRecord(doc.bookings as unknown as Record<string, unknown>, m.id, m.record, true);
      return true;
    });
  }
}

export const differs = (a: unknown, b: unknown) => a === undefined || canonical(a) !== canonical(b);

type Removed = ReturnType<typeof removedThere>;

export function mergedMain(data: Readonly<DeskData>, partnerId: string, checked: ReturnType<typeof checkedPartner>, removed: Removed): DeskData | null {
  let changed = false;
  /** A record a peer removed (see removals.ts) goes from this desk too. */
  const kept = <T extends { partnerId: string }>(list: readonly T[], part: Removed[number]['part'], keyOf: (r: T) => string): T[] => {
    const gone = new Set(removed.filter((r) => r.part === part).map((r) => r.key));
    if (gone.size === 0) return [...list];
    const next = list.filter((r) => r.partnerId !== partnerId || !gone.has(keyOf(r)));
    changed ||= next.length !== list.length;
    return next;
  };
  const ofPartner = (r: { partnerId: string }) => r.partnerId === partnerId;
  /**
   * Only the partner's own records can match, so only they are looked at (a large desk.json holds
   * 10,000 months of consumption); a record in its document that names another partner is not its.
   */
  const upsert = <T>(list: readonly T[], incoming: readonly T[], keyOf: (r: T) => string, mine: (r: T) => boolean, keep = false): T[] => {
    const next = [...list];
    const at = new Map<string, number>();
    for (const [i, r] of next.entries()) if (mine(r)) at.set(keyOf(r), i);
    for (const record of incoming.filter(mine)) {
      const i = at.get(keyOf(record));
      if (i === undefined) at.set(keyOf(record), next.push(record) - 1);
      else if (keep || !differs(next[i], record)) continue;
      else next[i] = record;
      changed = true;
    }
    return next;
  };
  const next: DeskData = {
    ...data,
    partners: upsert(
      data.partners,
      checked.profile.ok,
      (p) => p.id,
      (p) => p.id === partnerId,
    ),
    subscriptions: upsert(
      kept(data.subscriptions, 'subscriptions', (s) => s.id),
      checked.subscriptions.ok,
      (s) => s.id,
      ofPartner,
    ),
    packs: upsert(
      kept(data.packs, 'packs', (p) => p.id),
      checked.packs.ok,
      (p) => p.id,
      ofPartner,
    ),
    consumption: upsert(
      kept(data.consumption, 'consumption', (c) => c.month),
      checked.consumption.ok,
      (c) => c.month,
      ofPartner,
    ),
    // Recorded charges never change: one this desk has keeps its own (the difference is an attention entry).
    charges: upsert(data.charges, checked.charges.ok, (c) => c.id, ofPartner, true),
  };
  return changed && next.partners.some((p) => p.id === partnerId) ? next : null;
}
