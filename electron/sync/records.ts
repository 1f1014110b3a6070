import { beijingDateOf } from '@core/time';

import { partnerRecords } from '../handlers/partner-records';
import type { DeskData } from '../store/desk-data';
import { bookingRecord, type StoredBooking } from '../store/records/bookings';
import { caseRecord, type StoredCase } from '../store/records/cases';
import { partnerRecord } from '../store/records/partners';
import {
  chargeRecord,
  consumptionRecord,
  packRecord,
  type StoredCharge,
  type StoredConsumption,
  type StoredPack,
  type StoredSubscription,
  subscriptionRecord,
} from '../store/records/plans';
import type { PartnerDoc } from './documents';
import { mergedVersions, recordsIn, versionsOf } from './record-text';

// The store's records as documents hold them, and back. A history entry written on this desk
// carries `by: <manager>` in the document; on the desk of that manager it is stored without.

type WithHistory = { history: { by?: string }[] };

export function stamped<T extends WithHistory>(record: T, manager: string): T {
  return { ...record, history: record.history.map((entry) => (entry.by === undefined ? { ...entry, by: manager } : entry)) };
}

export function unstamped<T extends WithHistory>(record: T, manager: string): T {
  return {
    ...record,
    history: record.history.map((entry) => {
      if (entry.by !== manager) return entry;
      const { by: _by, ...rest } = entry;
      return rest;
    }),
  };
}

/** T1: a case's year document is the Beijing year of its opening; a booking's, the year of its start. */
export const caseYear = (c: Pick<StoredCase, 'openedAt'>) => beijingDateOf(c.openedAt).slice(0, 4);
export const bookingYear = (b: Pick<StoredBooking, 'start'>) => b.start.slice(0, 4);

export type PartnerContent = Omit<PartnerDoc, 'kind' | 'partnerId'>;

/** What desk.json holds of one partner, as its PartnerDoc keeps it. */
export function partnerContent(data: Readonly<DeskData>, partnerId: string): PartnerContent {
  const of = <T extends { partnerId: string }>(list: readonly T[]) => list.filter((r) => r.partnerId === partnerId);
  return contentOf(data.partners.find((p) => p.id === partnerId) ?? null, of(data.subscriptions), of(data.charges), of(data.packs), of(data.consumption));
}

function contentOf(
  profile: PartnerContent['profile'],
  subscriptions: readonly StoredSubscription[],
  charges: readonly StoredCharge[],
  packs: readonly StoredPack[],
  consumption: readonly StoredConsumption[],
): PartnerContent {
  const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((r) => [r.id, r]));
  return {
    profile,
    subscriptions: byId(subscriptions),
    charges: byId(charges),
    packs: byId(packs),
    consumption: Object.fromEntries(consumption.map((c) => [c.month, c])),
  };
}

/** partnerContent of every partner, from desk.json's records grouped once (a desk write is followed by this for 300 partners). */
export function everyPartnerContent(data: Readonly<DeskData>): Map<string, PartnerContent> {
  const { subscriptions, charges, packs, consumption } = partnerRecords(data);
  return new Map(
    data.partners.map((p) => [p.id, contentOf(p, subscriptions.get(p.id) ?? [], charges.get(p.id) ?? [], packs.get(p.id) ?? [], consumption.get(p.id) ?? [])]),
  );
}

export type Checked<T> = { ok: T[]; invalid: { id: string; reason: string }[] };

function check<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { message: string } } },
  values: Record<string, unknown>,
): Checked<T> {
  const out: Checked<T> = { ok: [], invalid: [] };
  for (const [id, value] of Object.entries(values ?? {})) {
    const parsed = schema.safeParse(value);
    if (parsed.success) out.ok.push(parsed.data);
    else out.invalid.push({ id, reason: parsed.error.message.slice(0, 300) });
  }
  return out;
}

/** A PartnerDoc's records checked with the store's schemas (an invalid record is not stored). */
export function checkedPartner(doc: PartnerContent) {
  return {
    profile: check(partnerRecord, doc.profile ? { [doc.profile.id]: doc.profile } : {}),
    subscriptions: check(subscriptionRecord, doc.subscriptions),
    charges: check(chargeRecord, doc.charges),
    packs: check(packRecord, doc.packs),
    consumption: check(consumptionRecord, doc.consumption),
  };
}

/** A record two desks wrote at once, merged (see mergedVersions): to write back into its year document once no conflict is left to keep. */
export type Merged<T> = { id: string; record: T; versions: T[]; byActor: Map<string, T> };

/**
 * A year document's map of cases or bookings, each record checked with the store's schema (as
 * the document holds it, `by` and all); a record two desks wrote at once is merged from its
 * valid versions.
 */
function checkedRecords<T extends { id: string; history: { at: string; by?: string }[] }>(
  schema: Parameters<typeof check<T>>[0],
  map: unknown,
): Checked<T> & { merged: Merged<T>[] } {
  const out = { ...check(schema, recordsIn(map)), merged: [] as Merged<T>[] };
  if (!map || typeof map !== 'object') return out;
  for (const [at, winner] of out.ok.entries()) {
    const versions = versionsOf(map, winner.id);
    if (versions.size <= 1) continue;
    const byActor = new Map<string, T>();
    for (const [actor, version] of versions) {
      const parsed = schema.safeParse(version);
      if (parsed.success) byActor.set(actor, parsed.data);
    }
    const valid = [...byActor.values()];
    const record = mergedVersions(valid, winner);
    out.ok[at] = record;
    out.merged.push({ id: winner.id, record, versions: valid, byActor });
  }
  return out;
}

/** A year document's cases, checked (and merged), as this desk's store keeps them. */
export const checkedCases = (map: unknown, manager: string) => {
  const checked = checkedRecords(caseRecord, map);
  return { ...checked, ok: checked.ok.map((c) => unstamped(c, manager)) };
};

export const checkedBookings = (map: unknown, manager: string) => {
  const checked = checkedRecords(bookingRecord, map);
  return { ...checked, ok: checked.ok.map((b) => unstamped(b, manager)) };
};

/** A year document's cases and bookings as checked once (a pull hands them to the rules check that follows it). */
export type CheckedYear = { cases: ReturnType<typeof checkedCases>; bookings: ReturnType<typeof checkedBookings> };

export const checkedYear = (doc: { cases: unknown; bookings: unknown }, manager: string): CheckedYear => ({
  cases: checkedCases(doc.cases, manager),
  bookings: checkedBookings(doc.bookings, manager),
});
