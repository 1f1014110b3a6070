import type { DocHandle } from '@automerge/automerge-repo';

import type { DeskStore } from '../handlers/context';
import type { Logger } from '../ipc/services';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { canonical, plain } from './doc-values';
import type { PartnerYearDoc, Stamps } from './documents';
import { headsToReach, type News, PARTNER_KEY } from './feed';
import { writeRecord } from './record-text';
import {
  checkedBookings,
  checkedCases,
  checkedPartner,
  type CheckedYear,
  everyPartnerContent,
  type Merged,
  type PartnerContent,
  partnerContent,
} from './records';
import { heldByBoth, recordKeys, removedThere } from './removals';
import type { TeamDocs } from './team-docs';

// Documents -> store: what a peer changed is checked with the store's schemas and written through
// the store's own write path (one transaction for every partner pulled in a step), only where it
// differs from what the store holds, so nothing echoes back. An invalid record is not stored: it is logged.

/** Records a local change has not yet written into the documents: the store's version is newer, so a pull leaves them. */
export type Pending = {
  partner: (partnerId: string) => boolean;
  item: (id: string) => boolean;
  /** Told the cases and bookings a pull is about to store, so the store's echo of them is not written back (optional). */
  storing?: (items: readonly (StoredCase | StoredBooking)[]) => void;
};

export type PartnerDocs = { content: PartnerContent | null; years: { year: string; doc: PartnerYearDoc }[]; reached: boolean };

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
  return { content, years: handles.map(({ year, handle }) => ({ year, doc: handle.doc() })), reached };
}

/** Two desks gave one case two different first responses: a conflict a manager settles (keep one), not a merge. */
export const twoFirstResponses = (versions: readonly { respondedAt?: string | null }[]) =>
  new Set(versions.map((v) => v.respondedAt).filter((at) => typeof at === 'string')).size > 1;

/** Writes each merged record back into its year document (a new value ends the conflict on every desk), but for two first responses. */
async function settleMerges(
  docs: TeamDocs,
  partnerId: string,
  years: PartnerDocs['years'],
  merged: { cases: Merged<StoredCase>[]; bookings: Merged<StoredBooking>[] }[],
) {
  for (const [i, { year }] of years.entries()) {
    const { cases, bookings } = merged[i]!;
    const settled = cases.filter((m) => !twoFirstResponses(m.versions));
    if (settled.length + bookings.length === 0) continue;
    docs.change(await docs.year(partnerId, year), (doc) => {
      for (const m of settled) writeRecord(doc.cases as unknown as Record<string, unknown>, m.id, m.record, true);
      for (const m of bookings) writeRecord(doc.bookings as unknown as Record<string, unknown>, m.id, m.record, true);
      return true;
    });
  }
}

const differs = (a: unknown, b: unknown) => a === undefined || canonical(a) !== canonical(b);

type Removed = ReturnType<typeof removedThere>;

function mergedMain(data: Readonly<DeskData>, partnerId: string, checked: ReturnType<typeof checkedPartner>, removed: Removed): DeskData | null {
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

/** One partner to pull: the years a peer changed (all when not given), and what it and the document last both held. */
export type PullWanted = {
  partnerId: string;
  only?: readonly string[] | undefined;
  seen: ReadonlySet<string>;
  /** What the feed told of the partner: its documents must reach `news.reach` (see readPartnerDocs). */
  news?: News | undefined;
};
/** `checked`: the year documents read, as checked (for the rules check that follows, see partnerAttention). */
export type Pulled = { deferred: boolean; seen: Set<string> | null; reached: boolean; checked: Map<string, CheckedYear> };

/**
 * Writes partners' documents into the store where they differ, and takes out of the store what a
 * peer removed (see removals.ts), all in one transaction: a desk receiving a portfolio stores
 * its cases in a few large writes rather than one per partner-year (each rewrote hundreds of day
 * files). Answers per partner whether something was left for later (a record changed here and
 * not yet in the documents), and what the desk and the document both hold afterwards (the next
 * `seen`; null when desk.json's part was left for later).
 */
export async function pullPartners(
  store: DeskStore,
  log: Logger,
  docs: TeamDocs,
  wanted: readonly PullWanted[],
  pending: Pending,
): Promise<Map<string, Pulled>> {
  type Read = PullWanted & {
    years: PartnerDocs['years'];
    inDoc: ReturnType<typeof recordKeys>;
    checked: ReturnType<typeof checkedPartner>;
    cases: ReturnType<typeof checkedCases>[];
    bookings: ReturnType<typeof checkedBookings>[];
    deferred: boolean;
    mainDeferred: boolean;
    reached: boolean;
  };
  const read: Read[] = [];
  const pulled = new Map<string, Pulled>();
  for (const want of wanted) {
    const { content, years, reached } = await readPartnerDocs(docs, want.partnerId, want.only, want.news?.reach);
    if (!content?.profile) {
      pulled.set(want.partnerId, { deferred: false, seen: null, reached: false, checked: new Map() });
      continue;
    }
    const checked = checkedPartner(content);
    const cases = years.map((y) => checkedCases(y.doc.cases, docs.manager));
    const bookings = years.map((y) => checkedBookings(y.doc.bookings, docs.manager));
    for (const invalid of [...Object.values(checked), ...cases, ...bookings].flatMap((c) => c.invalid)) {
      log.error(
        `Team sync: a record from another desk does not pass the store's checks and was not stored (partner ${want.partnerId}, record ${invalid.id})`,
        new Error(invalid.reason),
      );
    }
    read.push({ ...want, years, inDoc: recordKeys(content), checked, cases, bookings, deferred: false, mainDeferred: false, reached });
  }
  if (read.length === 0) return pulled;
  await store.transact(async (data, tx) => {
    let main = data;
    const changedCases: StoredCase[] = [];
    const changedBookings: StoredBooking[] = [];
    for (const partner of read) {
      const { partnerId } = partner;
      if (pending.partner(partnerId)) partner.deferred = partner.mainDeferred = true;
      else main = mergedMain(main, partnerId, partner.checked, removedThere(recordKeys(partnerContent(main, partnerId)), partner.inDoc, partner.seen)) ?? main;
      for (const c of partner.cases.flatMap((y) => y.ok)) {
        if (pending.item(c.id)) partner.deferred = true;
        else if (differs(await store.collection('cases').get(c.id), c)) changedCases.push(c);
      }
      for (const b of partner.bookings.flatMap((y) => y.ok)) {
        if (pending.item(b.id)) partner.deferred = true;
        else if (differs(await store.collection('bookings').get(b.id), b)) changedBookings.push(b);
      }
    }
    if (main !== data) tx.setMain(main);
    pending.storing?.([...changedCases, ...changedBookings]);
    if (changedCases.length > 0) tx.putMany('cases', changedCases);
    if (changedBookings.length > 0) tx.putMany('bookings', changedBookings);
  });
  // desk.json as the transaction left it, grouped once for every partner pulled.
  const stored = everyPartnerContent(store.read());
  for (const partner of read) {
    const merged = partner.years.map((_, i) => ({ cases: partner.cases[i]!.merged, bookings: partner.bookings[i]!.merged }));
    await settleMerges(docs, partner.partnerId, partner.years, merged);
    const after = partner.mainDeferred ? null : heldByBoth(recordKeys(stored.get(partner.partnerId) ?? null), partner.inDoc);
    const checked = new Map(partner.years.map(({ year }, i) => [year, { cases: partner.cases[i]!, bookings: partner.bookings[i]! }]));
    pulled.set(partner.partnerId, { deferred: partner.deferred, seen: after, reached: partner.reached, checked });
  }
  return pulled;
}
