import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { plain, writeValue } from './doc-values';
import type { Assignment, Reassignment } from './documents';
import { writeRecord } from './record-text';
import { bookingYear, caseYear, partnerContent, stamped } from './records';
import { heldByBoth, recordKeys, removedHere } from './removals';
import type { TeamDocs } from './team-docs';

// Local -> documents: after a change is durable in the store, the partner's documents take what
// differs (field by field). Only partners the team index gives this desk's manager are written,
// and a partner not in the index yet is added to it as this manager's.

type AnyMap = Record<string, unknown>;

/** Adds a partner to the team index as this manager's, or keeps its name current. Answers whether this desk writes its documents. */
export async function claimPartner(docs: TeamDocs, partnerId: string, name: string, at: string): Promise<boolean> {
  const assigned = await docs.assignment(partnerId);
  if (assigned && assigned.manager !== docs.manager) return false;
  const index = await docs.teamIndex();
  docs.change(index, (doc) => {
    const partners = doc.partners as unknown as AnyMap;
    if (!assigned) {
      writeValue(partners, partnerId, { manager: docs.manager, name, years: [] } satisfies Assignment, 'plain');
      const entry: Reassignment = { at, partnerId, from: null, to: docs.manager, by: docs.manager };
      writeValue(doc as unknown as AnyMap, 'history', [...(plain(doc.history) as Reassignment[]), entry], 'plain');
      return true;
    }
    return writeValue(partners[partnerId] as AnyMap, 'name', name, 'plain');
  });
  if (!assigned) {
    const mine = await docs.managerIndex();
    docs.change(mine, (doc) => writeValue(doc.partners as unknown as AnyMap, partnerId, true));
  }
  return true;
}

/**
 * Writes what desk.json holds of the partner into its PartnerDoc, and takes out of it what this
 * desk removed (see removals.ts). A charge already there is never rewritten (recorded charges
 * never change). Answers what the desk and the document both hold afterwards (the next `seen`).
 */
export async function pushPartnerMain(docs: TeamDocs, data: Readonly<DeskData>, partnerId: string, seen: ReadonlySet<string>): Promise<Set<string>> {
  const content = partnerContent(data, partnerId);
  const local = recordKeys(content);
  const handle = await docs.partner(partnerId);
  const removed = removedHere(local, recordKeys(handle.doc()), seen);
  docs.change(handle, (doc) => {
    const root = doc as unknown as AnyMap;
    let changed = content.profile ? writeValue(root, 'profile', content.profile) : false;
    for (const { part, key } of removed) changed = writeValue(root[part] as AnyMap, key, undefined) || changed;
    for (const part of ['subscriptions', 'packs', 'consumption'] as const) {
      for (const [key, record] of Object.entries(content[part])) changed = writeValue(root[part] as AnyMap, key, record) || changed;
    }
    const charges = root.charges as AnyMap;
    for (const [id, charge] of Object.entries(content.charges)) if (charges[id] === undefined) changed = writeValue(charges, id, charge) || changed;
    return changed;
  });
  return heldByBoth(local, recordKeys(handle.doc()));
}

async function ensureYear(docs: TeamDocs, partnerId: string, year: string): Promise<void> {
  const assigned = await docs.assignment(partnerId);
  if (!assigned || assigned.years.includes(year)) return;
  const index = await docs.teamIndex();
  docs.change(index, (doc) => {
    const years = (doc.partners[partnerId] as unknown as AnyMap).years as unknown[];
    if ((plain(years) as string[]).includes(year)) return false;
    years.push(year);
    return true;
  });
}

/** Writes cases and bookings into their partner-year documents, each history entry written here marked `by` this manager. */
export async function pushItems(docs: TeamDocs, cases: readonly StoredCase[], bookings: readonly StoredBooking[]): Promise<void> {
  const groups = new Map<string, { partnerId: string; year: string; cases: StoredCase[]; bookings: StoredBooking[] }>();
  const groupOf = (partnerId: string, year: string) => {
    const key = `${partnerId}\u0000${year}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { partnerId, year, cases: [], bookings: [] }));
    return group;
  };
  for (const c of cases) groupOf(c.partnerId, caseYear(c)).cases.push(c);
  for (const b of bookings) groupOf(b.partnerId, bookingYear(b)).bookings.push(b);
  for (const group of groups.values()) {
    const assigned = await docs.assignment(group.partnerId);
    if (!assigned || assigned.manager !== docs.manager) continue;
    await ensureYear(docs, group.partnerId, group.year);
    const handle = await docs.year(group.partnerId, group.year);
    docs.change(handle, (doc) => {
      let changed = false;
      for (const c of group.cases) changed = writeRecord(doc.cases as unknown as AnyMap, c.id, stamped(c, docs.manager)) || changed;
      for (const b of group.bookings) changed = writeRecord(doc.bookings as unknown as AnyMap, b.id, stamped(b, docs.manager)) || changed;
      return changed;
    });
  }
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
