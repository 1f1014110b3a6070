import type { DeskStore } from '../handlers/context';
import type { Logger } from '../ipc/services';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { canonical, plain } from './doc-values';
import type { PartnerYearDoc } from './documents';
import { checkedBookings, checkedCases, checkedPartner, type PartnerContent } from './records';
import type { TeamDocs } from './team-docs';

// Documents -> store: what a peer changed is checked with the store's schemas and written through
// the store's own write path (one transaction per partner), only where it differs from what the
// store holds, so nothing echoes back. An invalid record is not stored: it is logged.

/** Records a local change has not yet written into the documents: the store's version is newer, so a pull leaves them. */
export type Pending = { partner: (partnerId: string) => boolean; item: (id: string) => boolean };

export type PartnerDocs = { content: PartnerContent | null; years: PartnerYearDoc[] };

/** The partner's documents as plain values: its PartnerDoc and its years listed in the team index. */
export async function readPartnerDocs(docs: TeamDocs, partnerId: string): Promise<PartnerDocs> {
  const assigned = await docs.assignment(partnerId);
  const content = plain((await docs.partner(partnerId)).doc()) as unknown as PartnerContent & { profile: unknown };
  const years: PartnerYearDoc[] = [];
  for (const year of assigned?.years ?? []) years.push(plain((await docs.year(partnerId, year)).doc()) as unknown as PartnerYearDoc);
  return { content, years };
}

const differs = (a: unknown, b: unknown) => a === undefined || canonical(a) !== canonical(b);

function mergedMain(data: Readonly<DeskData>, partnerId: string, checked: ReturnType<typeof checkedPartner>): DeskData | null {
  let changed = false;
  const upsert = <T>(list: readonly T[], incoming: readonly T[], keyOf: (r: T) => string, keep = false): T[] => {
    const next = [...list];
    for (const record of incoming) {
      const at = next.findIndex((r) => keyOf(r) === keyOf(record));
      if (at === -1) next.push(record);
      else if (keep || !differs(next[at], record)) continue;
      else next[at] = record;
      changed = true;
    }
    return next;
  };
  const next: DeskData = {
    ...data,
    partners: upsert(data.partners, checked.profile.ok, (p) => p.id),
    subscriptions: upsert(data.subscriptions, checked.subscriptions.ok, (s) => s.id),
    packs: upsert(data.packs, checked.packs.ok, (p) => p.id),
    consumption: upsert(data.consumption, checked.consumption.ok, (c) => `${c.partnerId}\u0000${c.month}`),
    // Recorded charges never change: one this desk has keeps its own (the difference is an attention entry).
    charges: upsert(data.charges, checked.charges.ok, (c) => c.id, true),
  };
  return changed && next.partners.some((p) => p.id === partnerId) ? next : null;
}

/**
 * Writes a partner's documents into the store where they differ. Answers whether something was
 * left for later (a record changed here and not yet in the documents).
 */
export async function pullPartner(store: DeskStore, log: Logger, docs: TeamDocs, partnerId: string, pending: Pending): Promise<boolean> {
  const { content, years } = await readPartnerDocs(docs, partnerId);
  if (!content?.profile) return false;
  let deferred = false;
  const checked = checkedPartner(content);
  const cases = years.map((y) => checkedCases(y.cases ?? {}, docs.manager));
  const bookings = years.map((y) => checkedBookings(y.bookings ?? {}, docs.manager));
  for (const invalid of [...Object.values(checked), ...cases, ...bookings].flatMap((c) => c.invalid)) {
    log.error(
      `Team sync: a record from another desk does not pass the store's checks and was not stored (partner ${partnerId}, record ${invalid.id})`,
      new Error(invalid.reason),
    );
  }
  await store.transact(async (data, tx) => {
    if (pending.partner(partnerId)) deferred = true;
    else {
      const next = mergedMain(data, partnerId, checked);
      if (next) tx.setMain(next);
    }
    const changedCases: StoredCase[] = [];
    for (const c of cases.flatMap((y) => y.ok)) {
      if (pending.item(c.id)) deferred = true;
      else if (differs(await store.collection('cases').get(c.id), c)) changedCases.push(c);
    }
    const changedBookings: StoredBooking[] = [];
    for (const b of bookings.flatMap((y) => y.ok)) {
      if (pending.item(b.id)) deferred = true;
      else if (differs(await store.collection('bookings').get(b.id), b)) changedBookings.push(b);
    }
    if (changedCases.length > 0) tx.putMany('cases', changedCases);
    if (changedBookings.length > 0) tx.putMany('bookings', changedBookings);
  });
  return deferred;
}
