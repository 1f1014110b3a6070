import type { DeskStore } from '../handlers/context';
import { pacer } from '../import/pacing';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { StoredPartner } from '../store/records/partners';
import type { StoredCharge, StoredConsumption, StoredPack, StoredSubscription } from '../store/records/plans';
import { bookingsOfPartners, casesOfPartners } from './desk-records';
import type { HandoverBody, HandoverEntry } from './format';
import { type ListMerge, mergedDeskList, mergeList, writtenBy } from './merge-lists';
import { bookingRule, caseRule, consumptionRule, decide, type Decision, partnerRule, recordedRule, subscriptionRule, withOurAlerts } from './merge-rules';
import { idConflict, nameTaken } from './refusals';

export type PartnerLists = {
  subscriptions: ListMerge<StoredSubscription>;
  charges: ListMerge<StoredCharge>;
  packs: ListMerge<StoredPack>;
  consumption: ListMerge<StoredConsumption>;
  cases: ListMerge<StoredCase>;
  bookings: ListMerge<StoredBooking>;
};

/** One partner of the file against this desk (see merge-rules.ts). */
export type PartnerMerge = {
  entry: HandoverEntry;
  /** The profile on this desk; undefined for a partner new to it. */
  before: StoredPartner | undefined;
  profile: Decision;
  lists: PartnerLists;
  /** This desk's cases and bookings of the partner, before the merge. */
  deskCases: StoredCase[];
  deskBookings: StoredBooking[];
};

/** What a hand-over would do to the desk: per partner, and desk.json and the records to store once merged. */
export type HandoverPlan = {
  partners: PartnerMerge[];
  before: Readonly<DeskData>;
  after: Readonly<DeskData>;
  /** Whether desk.json changes (a profile, plan, charge, pack or month's consumption written). */
  mainChanged: boolean;
  /** The file's cases and bookings to store (added or taken), as the file has them. */
  cases: StoredCase[];
  bookings: StoredBooking[];
};

const byId = (record: { id: string }) => record.id;
const byMonth = (record: StoredConsumption) => `${record.partnerId} ${record.month}`;

/** This desk's cases and bookings of the file's partners (every year), by partner. */
export type DeskSide = { cases: Map<string, StoredCase[]>; bookings: Map<string, StoredBooking[]> };

/**
 * This desk's cases and bookings of the file's partners, every year of them. A record of the file
 * whose id this desk holds under another partner refuses the hand-over (see idConflict).
 */
async function deskSide(store: DeskStore, data: Readonly<DeskData>, body: HandoverBody): Promise<DeskSide> {
  const onDesk = body.partners.map((e) => e.partner.id).filter((id) => data.partners.some((p) => p.id === id));
  const cases = await casesOfPartners(store, onDesk);
  const bookings = bookingsOfPartners(store, onDesk);
  const everyBooking = store.collection('bookings').inMemory();
  const ownerOf = (list: readonly { id: string; partnerId: string }[]) => new Map(list.map((r) => [r.id, r.partnerId]));
  const owners = {
    subscription: ownerOf(data.subscriptions),
    charge: ownerOf(data.charges),
    'add-on pack': ownerOf(data.packs),
    booking: ownerOf(everyBooking),
  };
  for (const entry of body.partners) {
    const id = entry.partner.id;
    const check = (kind: keyof typeof owners, records: readonly { id: string }[]) => {
      for (const record of records) if ((owners[kind].get(record.id) ?? id) !== id) throw idConflict(kind, record.id);
    };
    check('subscription', entry.subscriptions);
    check('charge', entry.charges);
    check('add-on pack', entry.packs);
    check('booking', entry.bookings);
    const own = cases.get(id) ?? [];
    const known = new Set(own.map((c) => c.id));
    for (const record of entry.cases) {
      if (known.has(record.id)) continue;
      // Not among the partner's days: a case of the same id elsewhere is another partner's (or one the index missed).
      const found = await store.collection('cases').get(record.id);
      if (found && found.partnerId !== id) throw idConflict('case', record.id);
      if (found) own.push(found);
    }
    cases.set(id, own);
  }
  return { cases, bookings };
}

function mergePartner(entry: HandoverEntry, data: Readonly<DeskData>, desk: DeskSide): PartnerMerge {
  const id = entry.partner.id;
  const mine = <T extends { partnerId: string }>(list: readonly T[]) => list.filter((r) => r.partnerId === id);
  const deskCases = desk.cases.get(id) ?? [];
  const deskBookings = desk.bookings.get(id) ?? [];
  const before = data.partners.find((p) => p.id === id);
  return {
    entry,
    before,
    profile: decide(partnerRule, entry.partner, before),
    lists: {
      subscriptions: mergeList(subscriptionRule, entry.subscriptions, mine(data.subscriptions), byId),
      charges: mergeList(recordedRule, entry.charges, mine(data.charges), byId),
      packs: mergeList(recordedRule, entry.packs, mine(data.packs), byId),
      consumption: mergeList(consumptionRule, entry.consumption, mine(data.consumption), byMonth),
      cases: mergeList(caseRule, entry.cases, deskCases, byId, withOurAlerts),
      bookings: mergeList(bookingRule, entry.bookings, deskBookings, byId),
    },
    deskCases,
    deskBookings,
  };
}

/**
 * S1: a partner's latest subscription record is the one in force, so a partner given one by the
 * file has its subscriptions in the order they started (stable: this desk's first on a tie).
 */
function plansInOrder(subscriptions: StoredSubscription[], partners: readonly PartnerMerge[]): StoredSubscription[] {
  const reordered = new Set(partners.filter((p) => p.lists.subscriptions.added.length > 0).map((p) => p.entry.partner.id));
  if (reordered.size === 0) return subscriptions;
  const moved = subscriptions.filter((s) => reordered.has(s.partnerId)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return [...subscriptions.filter((s) => !reordered.has(s.partnerId)), ...moved];
}

/** Two partners of one name cannot be told apart: a file's partner may not take the name of another on this desk. */
function checkNames(partners: readonly StoredPartner[], fileIds: ReadonlySet<string>): void {
  const owner = new Map<string, string>();
  for (const partner of partners) {
    const name = partner.name.toLocaleLowerCase();
    const other = owner.get(name);
    if (other !== undefined && (fileIds.has(partner.id) || fileIds.has(other))) throw nameTaken(partner.name, fileIds.has(partner.id) ? partner.id : other);
    owner.set(name, partner.id);
  }
}

/**
 * The merge of a checked file into the desk as `data` holds it, nothing stored (see
 * merge-rules.ts for the rules): a partner at a time, with the event loop let through between
 * them (a file of years of cases compares tens of thousands of records).
 */
export async function planMerge(store: DeskStore, data: Readonly<DeskData>, body: HandoverBody): Promise<HandoverPlan> {
  const desk = await deskSide(store, data, body);
  const pace = pacer();
  const partners: PartnerMerge[] = [];
  for (const entry of body.partners) {
    partners.push(mergePartner(entry, data, desk));
    if (pace.due()) await pace.breathe();
  }
  return assemblePlan(data, partners);
}

/** planMerge once this desk's cases and bookings of the partners are read, in one go. */
export const planFrom = (data: Readonly<DeskData>, body: HandoverBody, desk: DeskSide): HandoverPlan =>
  assemblePlan(
    data,
    body.partners.map((entry) => mergePartner(entry, data, desk)),
  );

/** desk.json and the records to store once every partner is merged. */
function assemblePlan(data: Readonly<DeskData>, partners: PartnerMerge[]): HandoverPlan {
  const lists = <K extends keyof PartnerLists>(kind: K) => partners.map((p) => p.lists[kind]) as PartnerLists[K][];
  const profiles = partners.filter((p) => p.profile === 'added' || p.profile === 'updated').map((p) => p.entry.partner);
  const taken = new Map(profiles.map((p) => [p.id, p]));
  const after: DeskData = {
    ...data,
    partners: [...data.partners.map((p) => taken.get(p.id) ?? p), ...partners.filter((p) => p.profile === 'added').map((p) => p.entry.partner)],
    subscriptions: plansInOrder(mergedDeskList(data.subscriptions, lists('subscriptions'), byId), partners),
    charges: mergedDeskList(data.charges, lists('charges'), byId),
    packs: mergedDeskList(data.packs, lists('packs'), byId),
    consumption: mergedDeskList(data.consumption, lists('consumption'), byMonth),
  };
  checkNames(after.partners, new Set(partners.map((p) => p.entry.partner.id)));
  const writes = (merge: ListMerge<unknown>) => merge.added.length + merge.updated.length > 0;
  const mainChanged = profiles.length > 0 || partners.some(({ lists: l }) => [l.subscriptions, l.charges, l.packs, l.consumption].some(writes));
  return {
    partners,
    before: data,
    after: mainChanged ? after : data,
    mainChanged,
    cases: lists('cases').flatMap(writtenBy),
    bookings: lists('bookings').flatMap(writtenBy),
  };
}
