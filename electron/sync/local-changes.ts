import { createHash } from 'node:crypto';

import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { everyPartnerContent } from './records';

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
  itemsWritten(kind: 'cases' | 'bookings', items: readonly (StoredCase | StoredBooking)[]): boolean {
    let any = false;
    for (const item of items) {
      if (this.itemObjects.has(item)) continue;
      this.itemObjects.add(item);
      const echoed = this.echo.get(item.id);
      if (echoed !== undefined) {
        // Only now, once the store wrote it: a write that failed leaves what the store held.
        this.itemSeen.set(item.id, echoed);
        this.echo.delete(item.id);
        continue;
      }
      const hash = hashOf(item);
      if (this.itemSeen.get(item.id) === hash) continue;
      this.itemSeen.set(item.id, hash);
      if (kind === 'cases') this.cases.set(item.id, item as StoredCase);
      else this.bookings.set(item.id, item as StoredBooking);
      any = true;
    }
    return any;
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
