import type { Desk } from '@main/desk';
import type { BookingRecord, CaseRecordStored } from '@main/ipc/contract';
import type { DeskData } from '@main/store/desk-data';

/**
 * What a desk holds, one entry per record: `partner:<id>`, `case:<id>`, `settings` … → the
 * record's canonical JSON. The child logs entries of this map as the facts an acknowledged change
 * made true, and the parent builds the same map from the reopened folder, so "was it kept" is a
 * string comparison.
 */
export type DeskState = Map<string, string>;

/** Record kinds that the sample portfolio brings and its removal takes away. */
export const PORTFOLIO_KINDS = ['partner', 'subscription', 'charge', 'pack', 'consumption', 'case', 'booking'] as const;

export const kindOf = (key: string): string => key.slice(0, key.includes(':') ? key.indexOf(':') : key.length);

/** JSON with keys sorted, so a record read back from disk compares equal to the one answered. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

// Stored records are replaced, never changed in place, so a record's text can be kept by identity.
const texts = new WeakMap<object, string>();
const textOf = (record: object): string => {
  let text = texts.get(record);
  if (text === undefined) {
    text = canonical(record);
    texts.set(record, text);
  }
  return text;
};

/** The entries of desk.json: settings, price book, calendar, sample mark and every small record. */
export function deskEntries(data: Readonly<DeskData>, into: DeskState = new Map()): DeskState {
  into.set('settings', canonical(data.settings));
  into.set('price-book', canonical({ priceBook: data.priceBook, reviewed: data.priceBookReviewed }));
  into.set('calendar', canonical(data.calendar));
  into.set('sample', canonical(data.sample));
  for (const p of data.partners) into.set(`partner:${p.id}`, textOf(p));
  for (const s of data.subscriptions) into.set(`subscription:${s.id}`, textOf(s));
  for (const c of data.charges) into.set(`charge:${c.id}`, textOf(c));
  for (const p of data.packs) into.set(`pack:${p.id}`, textOf(p));
  for (const c of data.consumption) into.set(`consumption:${c.partnerId}:${c.month}`, textOf(c));
  return into;
}

export function bookingEntries(bookings: readonly BookingRecord[], into: DeskState = new Map()): DeskState {
  for (const b of bookings) into.set(`booking:${b.id}`, textOf(b));
  return into;
}

export function caseEntries(cases: readonly CaseRecordStored[], into: DeskState = new Map()): DeskState {
  for (const c of cases) into.set(`case:${c.id}`, textOf(c));
  return into;
}

/** Everything the desk holds, every day file read: what the parent compares after a reopen. */
export async function wholeState(desk: Desk): Promise<DeskState> {
  const state = deskEntries(desk.store.read());
  bookingEntries(await desk.store.collection('bookings').all(), state);
  caseEntries(await desk.store.collection('cases').all(), state);
  return state;
}

/** The entries that differ, with null for one that is gone. */
export function changedEntries(before: DeskState, after: DeskState): [string, string | null][] {
  const changed: [string, string | null][] = [];
  for (const [key, value] of after) if (before.get(key) !== value) changed.push([key, value]);
  for (const key of before.keys()) if (!after.has(key)) changed.push([key, null]);
  return changed;
}
