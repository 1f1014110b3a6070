import { createHash } from 'node:crypto';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { digestOf, HeldDigests, heldKey, type ItemKind, yearKey } from './held';
import { everyPartnerContent } from './records';
import { takeItems } from './rounds';

const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64');

/**
 * The store's changes not yet written into the documents: the partners whose part of desk.json
 * changed, and the cases and bookings that changed, each keyed (a burst of changes is one
 * pending entry each, never a growing queue), each compared with what was last seen of it.
 */
export class LocalChanges {
  readonly main = new Set<string>();
  readonly cases = new Map<string, StoredCase>();
  readonly bookings = new Map<string, StoredBooking>();
  /** Items already seen as they are (the store keeps an unchanged item's object when it rewrites its partition). */
  private readonly itemObjects = new WeakSet<object>();
  private readonly mainSeen = new Map<string, string>();
  /** Per item, the hash of the version the store last told of (written or read): what it holds, but for one not told of yet. */
  private readonly itemSeen = new Map<string, string>();
  /** Items a pull is storing, with their hashes: the store's echo of each is taken as seen, not hashed a second time. */
  private readonly echo = new Map<string, string>();
  /** Per partner-year, what the documents hold of the store's items (see held.ts). */
  private readonly held = new HeldDigests();

  /** `kept`: the digests of what the documents held of the store's items at the last close (see held.ts). */
  constructor(private readonly kept: Readonly<Record<string, string>> = {}) {}

  get size(): number {
    return this.main.size + this.cases.size + this.bookings.size;
  }

  /** desk.json was written: answers whether a partner's part of it changed. */
  mainWritten(data: Readonly<DeskData>): boolean {
    let any = false;
    for (const [partnerId, content] of everyPartnerContent(data)) {
      // The store writes records in its schema's key order, so their JSON is stable.
      const text = JSON.stringify(content);
      if (this.mainSeen.get(partnerId) === text) continue;
      this.mainSeen.set(partnerId, text);
      this.main.add(partnerId);
      any = true;
    }
    return any;
  }

  /** A partition of cases or bookings was written (or read): answers whether an item changed since last seen. */
  itemsWritten(kind: ItemKind, items: readonly (StoredCase | StoredBooking)[]): boolean {
    let any = false;
    for (const item of items) {
      if (this.itemObjects.has(item)) continue;
      this.itemObjects.add(item);
      const echoed = this.echo.get(item.id);
      if (echoed !== undefined) {
        // Only now, once the store wrote it: a write that failed leaves what the store held.
        this.see(heldKey(kind, item), item.id, echoed);
        this.echo.delete(item.id);
        continue;
      }
      any = this.changed(kind, item, hashOf(item)) || any;
    }
    return any;
  }

  /**
   * Every item of the store, at start: a partner-year whose items give the digest `kept` holds for
   * it is in its documents already (see held.ts), and only the others are to be written.
   */
  itemsAtStart(kind: ItemKind, items: readonly (StoredCase | StoredBooking)[]): boolean {
    // None kept (the first start, or a new server): every item is to be written, no need to group them.
    if (Object.keys(this.kept).length === 0) return this.itemsWritten(kind, items);
    const byKey = new Map<string, { item: StoredCase | StoredBooking; hash: string }[]>();
    for (const item of items) {
      if (this.itemObjects.has(item)) continue;
      this.itemObjects.add(item);
      const key = heldKey(kind, item);
      let group = byKey.get(key);
      if (!group) byKey.set(key, (group = []));
      group.push({ item, hash: hashOf(item) });
    }
    let any = false;
    for (const [key, group] of byKey) {
      const same = this.kept[key] !== undefined && this.kept[key] === digestOf(group.map(({ hash }) => hash));
      for (const { item, hash } of group) {
        if (same) this.see(key, item.id, hash, true);
        else any = this.changed(kind, item, hash, key) || any;
      }
    }
    return any;
  }

  /** The store holds the item `id` of `key` (see heldKey) at `hash`. */
  private see(key: string, id: string, hash: string, atStart = false): void {
    this.held.seen(key, this.itemSeen.get(id), hash, atStart);
    this.itemSeen.set(id, hash);
  }

  /** An item the store holds at `hash`: to write, unless that is what was last seen of it. */
  private changed(kind: ItemKind, item: StoredCase | StoredBooking, hash: string, key = heldKey(kind, item)): boolean {
    if (this.itemSeen.get(item.id) === hash) return false;
    this.see(key, item.id, hash);
    if (kind === 'cases') this.cases.set(item.id, item as StoredCase);
    else this.bookings.set(item.id, item as StoredBooking);
    return true;
  }

  /** Takes the cases and bookings of at most `limit` partners to write into their documents: not sure they are there until `written` says so. */
  takeItems(limit: number): { cases: StoredCase[]; bookings: StoredBooking[] } {
    const taken = takeItems(this.cases, this.bookings, limit);
    for (const c of taken.cases) this.held.doubt('cases', c);
    for (const b of taken.bookings) this.held.doubt('bookings', b);
    return taken;
  }

  /** Of the items taken, those of these partner-years were written into their documents (the others were not: see pushItems). */
  written(taken: { cases: readonly StoredCase[]; bookings: readonly StoredBooking[] }, years: readonly { partnerId: string; year: string }[]): void {
    const done = new Set(years.flatMap(({ partnerId, year }) => [yearKey('cases', partnerId, year), yearKey('bookings', partnerId, year)]));
    for (const c of taken.cases) if (done.has(heldKey('cases', c))) this.held.written('cases', c);
    for (const b of taken.bookings) if (done.has(heldKey('bookings', b))) this.held.written('bookings', b);
  }

  /** What to keep of the digests: those kept at the last close not changed since, or (`closed`, the documents flushed to disk) those of now. */
  heldToKeep(closed: boolean): Readonly<Record<string, string>> {
    return closed ? this.heldDigests() : this.held.untouched(this.kept);
  }

  /** Per partner-year, the digest of what its document holds of the store's items, for those known (see held.ts). */
  heldDigests(): Record<string, string> {
    const pending = new Set([...[...this.cases.values()].map((c) => heldKey('cases', c)), ...[...this.bookings.values()].map((b) => heldKey('bookings', b))]);
    return this.held.digests(pending);
  }

  /** What a pull stores came from the documents: the store's echo of it is nothing to write back. */
  storing(items: readonly (StoredCase | StoredBooking)[]): void {
    for (const item of items) this.echo.set(item.id, hashOf(item));
  }

  /**
   * Whether the store holds this very version of an item, as far as it told: a pull of a year
   * compares each record with the store's only when this cannot say (reading the store's copy
   * reads the day files of the whole year).
   */
  holds(item: StoredCase | StoredBooking): boolean {
    const seen = this.itemSeen.get(item.id);
    return seen !== undefined && seen === hashOf(item);
  }

  /** The store removed a partition's file (it holds none of its items any more): what was seen of the items no longer says what it holds. */
  itemsRemoved(): void {
    this.itemSeen.clear();
    this.held.clear();
  }

  /** A pull is storing desk.json's part of these partners as `data` holds it: the store's echo of it is nothing to write back either. */
  storingMain(data: Readonly<DeskData>, partnerIds: readonly string[]): void {
    const contents = everyPartnerContent(data);
    for (const partnerId of partnerIds) {
      const content = contents.get(partnerId);
      if (content) this.mainSeen.set(partnerId, JSON.stringify(content));
    }
  }

  /** The pull's write is over (done or failed): an item not echoed by now is hashed when next written, as any other. */
  stored(): void {
    this.echo.clear();
  }

  /** Records a local change has not yet written into the documents (a pull leaves them, see Pending). */
  readonly pending = {
    partner: (id: string) => this.main.has(id),
    item: (id: string) => this.cases.has(id) || this.bookings.has(id),
    holds: (item: StoredCase | StoredBooking) => this.holds(item),
    storing: (items: readonly (StoredCase | StoredBooking)[]) => this.storing(items),
    storingMain: (data: Readonly<DeskData>, partnerIds: readonly string[]) => this.storingMain(data, partnerIds),
    stored: () => this.stored(),
  };
}
