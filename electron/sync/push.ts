import * as A from '@automerge/automerge';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { plain, writeValue } from './doc-values';
import type { Assignment, Reassignment } from './documents';
import { headsBeforeWrite, writeLocal, writeRecord } from './record-text';
import { bookingYear, caseYear, partnerContent, stamped } from './records';
import { heldByBoth, recordKeys, removedHere, removedThere, type SeenRecords } from './removals';
import type { TeamDocs } from './team-docs';

// Local -> documents: after a change is durable in the store, the partner's documents take what
// differs (field by field). Only partners the team index gives this desk's manager are written,
// and a partner not in the index yet is added to it as this manager's.

type AnyMap = Record<string, unknown>;

/**
 * Adds partners to the team index as this manager's, or keeps their names current: one change of
 * the team index and one of this manager's index for all of them (a first sync claims a whole
 * portfolio; each change of the index is sent to every desk and makes the server grant anew).
 * Answers the partners whose documents this desk writes.
 */
export async function claimPartners(docs: TeamDocs, partners: readonly { id: string; name: string }[], at: string): Promise<Set<string>> {
  const ours = new Set<string>();
  const added: string[] = [];
  const renamed: { id: string; name: string }[] = [];
  for (const partner of partners) {
    const assigned = await docs.assignment(partner.id);
    if (assigned && assigned.manager !== docs.manager) continue;
    ours.add(partner.id);
    if (!assigned) added.push(partner.id);
    else if (assigned.name !== partner.name) renamed.push(partner);
  }
  if (added.length + renamed.length === 0) return ours;
  const names = new Map(partners.map((p) => [p.id, p.name]));
  docs.change(await docs.teamIndex(), (doc) => {
    const entries = doc.partners as unknown as AnyMap;
    for (const id of added) writeValue(entries, id, { manager: docs.manager, name: names.get(id)!, years: [] } satisfies Assignment, 'plain');
    for (const { id, name } of renamed) writeValue(entries[id] as AnyMap, 'name', name, 'plain');
    const history = added.map((partnerId): Reassignment => ({ at, partnerId, from: null, to: docs.manager, by: docs.manager }));
    if (history.length > 0) writeValue(doc as unknown as AnyMap, 'history', [...(plain(doc.history) as Reassignment[]), ...history], 'plain');
    return true;
  });
  if (added.length > 0) {
    docs.change(await docs.managerIndex(), (doc) => {
      for (const id of added) writeValue(doc.partners as unknown as AnyMap, id, true);
      return true;
    });
  }
  return ours;
}

/**
 * Writes what desk.json holds of the partner into its PartnerDoc, and takes out of it what this
 * desk removed (see removals.ts). A charge already there is never rewritten (recorded charges
 * never change). Answers what the desk and the document both hold afterwards (the next `seen`),
 * whether the document changed (when not, it held all this already: a pull's echo), and the
 * document's version the store now holds all of (the next `base`).
 *
 * `last`: what the desk and the document last both held (`seen`), and `base`, the document's
 * version the store last held all of (after the last pull or push). When a peer changed the
 * document since, and this desk has not pulled that yet, what differs from `base` is written at
 * `base`: beside the peer's change, not over it. A field both changed is then a conflict the
 * rules see (a level changed on both sides), and the pull brings the peer's change.
 */
export async function pushPartnerMain(
  docs: TeamDocs,
  data: Readonly<DeskData>,
  partnerId: string,
  last: Pick<SeenRecords, 'of' | 'baseOf'>,
): Promise<{ both: Set<string>; changed: boolean; base: A.Heads }> {
  const seen = last.of(partnerId);
  const base = last.baseOf(partnerId);
  const content = partnerContent(data, partnerId);
  const local = recordKeys(content);
  const handle = await docs.partner(partnerId);
  const inDoc = recordKeys(handle.doc());
  const before = A.getHeads(handle.doc());
  const at = base && !sameHeads(base, before) && A.hasHeads(handle.doc(), base) ? base : undefined;
  const removed = removedHere(local, inDoc, seen);
  // What a peer removed is not written back: the pull that follows takes it from the store too.
  const gone = new Set(removedThere(local, inDoc, seen).map(({ part, key }) => `${part}/${key}`));
  const written = docs.change(
    handle,
    (doc) => {
      const root = doc as unknown as AnyMap;
      let changed = content.profile ? writeValue(root, 'profile', content.profile) : false;
      for (const { part, key } of removed) changed = writeValue(root[part] as AnyMap, key, undefined) || changed;
      for (const part of ['subscriptions', 'packs', 'consumption'] as const) {
        for (const [key, record] of Object.entries(content[part]))
          if (!gone.has(`${part}/${key}`)) changed = writeValue(root[part] as AnyMap, key, record) || changed;
      }
      const charges = root.charges as AnyMap;
      for (const [id, charge] of Object.entries(content.charges)) if (charges[id] === undefined) changed = writeValue(charges, id, charge) || changed;
      return changed;
    },
    at,
  );
  // A record a peer removed stays seen until the pull has taken it from the store as well.
  const both = heldByBoth(local, recordKeys(handle.doc()));
  for (const record of gone) both.add(record);
  const after = A.getHeads(handle.doc());
  // Written at `base`: the store holds `base` and this change (its one new head), not the peer's changes after `base`.
  const next = !at ? after : written ? after.filter((h) => !before.includes(h)) : at;
  return { both, changed: written, base: next };
}

const sameHeads = (a: A.Heads, b: A.Heads) => a.length === b.length && a.every((h) => b.includes(h));

/** Lists the years the team index lacks for these partners, in one change of it (see claimPartners). */
async function ensureYears(docs: TeamDocs, wanted: readonly PartnerYear[]): Promise<void> {
  const missing: PartnerYear[] = [];
  for (const want of wanted) if (!(await docs.assignment(want.partnerId))?.years.includes(want.year)) missing.push(want);
  if (missing.length === 0) return;
  docs.change(await docs.teamIndex(), (doc) => {
    let changed = false;
    for (const { partnerId, year } of missing) {
      const years = (doc.partners[partnerId] as unknown as AnyMap | undefined)?.years as unknown[] | undefined;
      if (!years || (plain(years) as string[]).includes(year)) continue;
      years.push(year);
      changed = true;
    }
    return changed;
  });
}

type PartnerYear = { partnerId: string; year: string };

type Group = PartnerYear & { cases: StoredCase[]; bookings: StoredBooking[] };

/**
 * Writes cases and bookings into their partner-year documents, each history entry written here
 * marked `by` this manager. Answers the partner-years where the document holds a later change of
 * one than the store (not written over): to pull, as no news of it may come (a desk's own change
 * restored from a backup, say); and those written whole (this manager's, none of them behind).
 */
export async function pushItems(
  docs: TeamDocs,
  cases: readonly StoredCase[],
  bookings: readonly StoredBooking[],
): Promise<{ written: PartnerYear[]; behind: PartnerYear[] }> {
  const groups = new Map<string, Group>();
  const groupOf = (partnerId: string, year: string) => {
    const key = `${partnerId}\u0000${year}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { partnerId, year, cases: [], bookings: [] }));
    return group;
  };
  for (const c of cases) groupOf(c.partnerId, caseYear(c)).cases.push(c);
  for (const b of bookings) groupOf(b.partnerId, bookingYear(b)).bookings.push(b);
  const ours: Group[] = [];
  for (const group of groups.values()) if ((await docs.assignment(group.partnerId))?.manager === docs.manager) ours.push(group);
  await ensureYears(docs, ours);
  const behind: PartnerYear[] = [];
  for (const group of ours) {
    const handle = await docs.year(group.partnerId, group.year);
    const apart: { part: 'cases' | 'bookings'; id: string; record: object }[] = [];
    docs.change(handle, (doc) => {
      let changed = false;
      for (const [part, items] of [
        ['cases', group.cases],
        ['bookings', group.bookings],
      ] as const) {
        const map = doc[part] as unknown as AnyMap;
        for (const item of items) {
          const record = stamped(item, docs.manager);
          const wrote = writeLocal(map, item.id, record);
          if (wrote === 'apart') apart.push({ part, id: item.id, record });
          else if (wrote === 'behind') behind.push(group);
          else changed = wrote || changed;
        }
      }
      return changed;
    });
    // Changed here while a peer changed it too, neither seeing the other's: written beside the
    // peer's version (not over it), so both stay and the rules see both (C-response).
    for (const { part, id, record } of apart) {
      const at = headsBeforeWrite(handle.doc(), handle.doc()[part], id);
      docs.change(handle, (doc) => writeRecord(doc[part] as unknown as AnyMap, id, record, true), at ?? undefined);
    }
  }
  const partnerYears = (of: readonly PartnerYear[]) => [...new Set(of)].map(({ partnerId, year }) => ({ partnerId, year }));
  return { written: partnerYears(ours.filter((group) => !behind.includes(group))), behind: partnerYears(behind) };
}

/** Hands a partner to another manager (the team index and both managers' indexes); the history says who and when. */
export async function reassign(docs: TeamDocs, partnerId: string, to: string, at: string): Promise<boolean> {
  const assigned = await docs.assignment(partnerId);
  if (!assigned) return false;
  if (assigned.manager === to) return true;
  const index = await docs.teamIndex();
  docs.change(index, (doc) => {
    writeValue(doc.partners[partnerId] as unknown as AnyMap, 'manager', to, 'plain');
    const entry: Reassignment = { at, partnerId, from: assigned.manager, to, by: docs.manager };
    return writeValue(doc as unknown as AnyMap, 'history', [...(plain(doc.history) as Reassignment[]), entry], 'plain');
  });
  const from = await docs.managerIndex(assigned.manager);
  docs.change(from, (doc) => writeValue(doc.partners as unknown as AnyMap, partnerId, undefined));
  const into = await docs.managerIndex(to);
  docs.change(into, (doc) => writeValue(doc.partners as unknown as AnyMap, partnerId, true));
  return true;
}
