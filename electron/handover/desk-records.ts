import type { DeskStore } from '../handlers/context';
import { partnerRecords } from '../handlers/partner-records';
import { searchIndexOf } from '../search/search-index';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { HandoverEntry } from './format';

/** Days read at once (as the store reads a collection, see inBatches). */
const DAYS_AT_ONCE = 8;

/**
 * Every case of the given partners, of every stored year, by partner. Only the days the search
 * index says may hold one of theirs are read (as cases/list reads a partner's all-time cases),
 * each once however many of the partners it holds, and without entering the day cache (peek): a
 * hand-over of years must not push out the days a manager is reading.
 */
export async function casesOfPartners(store: DeskStore, partnerIds: readonly string[]): Promise<Map<string, StoredCase[]>> {
  const index = searchIndexOf(store);
  await index.ready;
  const wanted = new Set(partnerIds);
  const days = [...new Set((await Promise.all(partnerIds.map((id) => index.daysOfPartner(id)))).flat())].sort();
  const found = new Map<string, StoredCase[]>(partnerIds.map((id) => [id, []]));
  const cases = store.collection('cases');
  for (let at = 0; at < days.length; at += DAYS_AT_ONCE) {
    const read = await Promise.all(days.slice(at, at + DAYS_AT_ONCE).map((day) => cases.peek(day)));
    for (const item of read.flat()) if (wanted.has(item.partnerId)) found.get(item.partnerId)!.push(item);
  }
  return found;
}

/** Every booking of the given partners: the bookings are all in memory (one small file a year). */
export function bookingsOfPartners(store: DeskStore, partnerIds: readonly string[]): Map<string, StoredBooking[]> {
  const found = new Map<string, StoredBooking[]>(partnerIds.map((id) => [id, []]));
  for (const booking of store.collection('bookings').inMemory()) found.get(booking.partnerId)?.push(booking);
  return found;
}

/** Cases by the instant they were opened (T1: an instant may carry any offset), each instant read once. */
const byOpening = (cases: StoredCase[]): StoredCase[] =>
  cases
    .map((c) => [Date.parse(c.openedAt), c] as const)
    .sort(([a, x], [b, y]) => a - b || (x.id < y.id ? -1 : 1))
    .map(([, c]) => c);
const byStart = (a: StoredBooking, b: StoredBooking) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1);

/**
 * The partners' entries as a hand-over carries them, in the order asked for: the profile, and
 * every record of the desk that names the partner (desk.json's plans, charges, packs and
 * consumption in their stored order, cases by opening, bookings by start). `data` is the desk
 * as read; the partners must be on it.
 */
export async function partnerEntries(store: DeskStore, data: Readonly<DeskData>, partnerIds: readonly string[]): Promise<HandoverEntry[]> {
  const grouped = partnerRecords(data);
  const cases = await casesOfPartners(store, partnerIds);
  const bookings = bookingsOfPartners(store, partnerIds);
  return partnerIds.map((id) => ({
    partner: data.partners.find((p) => p.id === id)!,
    subscriptions: grouped.subscriptions.get(id) ?? [],
    charges: grouped.charges.get(id) ?? [],
    packs: grouped.packs.get(id) ?? [],
    consumption: grouped.consumption.get(id) ?? [],
    cases: byOpening(cases.get(id)!),
    bookings: bookings.get(id)!.sort(byStart),
  }));
}
