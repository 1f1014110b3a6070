import { join } from 'node:path';

import type { SearchResults } from '../ipc/contract/search';
import type { DeskCollections, DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { Store } from '../store/store';
import { CollectionSearch } from './collection-search';
import { BOOKING_SEARCHED, CASE_SEARCHED, searchAll } from './search-query';

type DeskStore = Store<DeskData, DeskCollections>;

/** A case's row (see CASE_ROW): what a result shows and opens, and the fields searched. */
const caseRow = (c: StoredCase) => [c.id, c.partnerId, c.vendorRef, c.customer, c.notes, c.openedAt, c.state];
/** A booking's row (see BOOKING_ROW). */
const bookingRow = (b: StoredBooking) => [b.id, b.partnerId, b.title, b.kind, b.start, b.status];

/**
 * The search across every stored year, kept in main beside the store: the rows of every case
 * and booking (see CollectionSearch), and the partners, which desk.json holds in memory anyway.
 * Made once per store, on the first search (or `warm`), and followed through every write after.
 */
export class SearchIndex {
  readonly cases: CollectionSearch<StoredCase>;
  readonly bookings: CollectionSearch<StoredBooking>;
  readonly ready: Promise<void>;

  constructor(private readonly store: DeskStore) {
    const dir = join(store.dir, 'index', 'search');
    this.cases = new CollectionSearch(store.collection('cases'), { rowOf: caseRow, searched: CASE_SEARCHED }, join(dir, 'cases'), join(store.dir, 'cases'));
    this.bookings = new CollectionSearch(
      store.collection('bookings'),
      { rowOf: bookingRow, searched: BOOKING_SEARCHED },
      join(dir, 'bookings'),
      join(store.dir, 'bookings'),
    );
    // Files first brought up to memory (see Store.writeBehind), so a header read says what memory holds.
    this.ready = store.writeBehind().then(() => Promise.all([this.cases.load(), this.bookings.load()]).then(() => undefined));
  }

  /** The groups of results for a text (see searchAll). */
  async query(text: string, limit: number): Promise<SearchResults> {
    await this.ready;
    return searchAll({ partners: this.store.read().partners, cases: this.cases.newestFirst(), bookings: this.bookings.newestFirst() }, text, limit);
  }

  /** The days that may hold a case of the partner (see keysHolding: a field exactly its id), in order: a partner's cases of all time read only these. */
  async daysOfPartner(partnerId: string): Promise<string[]> {
    await this.ready;
    return this.cases.keysHolding(partnerId);
  }

  /** Writes the index files now and stops following the store. */
  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await Promise.all([this.cases.close(), this.bookings.close()]);
  }
}

const indexes = new WeakMap<DeskStore, SearchIndex>();

/** The store's search index, made (and loaded in the background) on first use. */
export function searchIndexOf(store: DeskStore): SearchIndex {
  let index = indexes.get(store);
  if (!index) {
    index = new SearchIndex(store);
    indexes.set(store, index);
  }
  return index;
}

/** Writes and stops the store's search index, if it has one (before the store closes). */
export async function closeSearchIndex(store: DeskStore): Promise<void> {
  const index = indexes.get(store);
  indexes.delete(store);
  await index?.close();
}
