import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { bookingYear, caseYear } from './records';

// A start with sync on reads every case and booking of the store, and each one not known to be in
// its document yet is written into it: without more, the whole portfolio, every start (minutes,
// and every year document in memory in turn). What tells the start which are in their documents
// already is a digest per kind and partner-year of the versions the documents hold, kept in the
// sync state at a clean close (after the documents are flushed to disk): a partner-year whose
// records give the same digest at the next start is written nowhere. A partner-year changed
// since gives another digest and is written, as before; so does one whose write failed, was
// skipped (another manager's partner) or found the document ahead (then pulled): it keeps none.

export type ItemKind = 'cases' | 'bookings';

/** A digest's key: a kind of item, a partner and a year (a year document). */
export const yearKey = (kind: ItemKind, partnerId: string, year: string) => `${kind}/${partnerId}/${year}`;

/** The digest's key of an item. */
export const heldKey = (kind: ItemKind, item: StoredCase | StoredBooking) =>
  yearKey(kind, item.partnerId, kind === 'cases' ? caseYear(item as StoredCase) : bookingYear(item as StoredBooking));

type Sum = { count: number; xor: Buffer };

const xorInto = (sum: Buffer, hash: string) => {
  const bytes = Buffer.from(hash, 'base64');
  for (let i = 0; i < sum.length; i++) sum[i]! ^= bytes[i] ?? 0;
};

const textOf = (sum: Sum) => `${sum.count}:${sum.xor.toString('base64')}`;

/** The digest of a set of item hashes (each item's hash covers its id, so two items never share one): order does not matter. */
export function digestOf(hashes: Iterable<string>): string {
  const sum: Sum = { count: 0, xor: Buffer.alloc(20) };
  for (const hash of hashes) {
    sum.count++;
    xorInto(sum.xor, hash);
  }
  return textOf(sum);
}

/**
 * Per key, the sum of the hashes of the versions the store holds (as far as it told), kept up as
 * items change; the items taken to be written into their documents and not known to be there
 * yet (a write that failed, or skipped as another manager's, leaves them so); and the keys whose
 * items changed since the start.
 */
export class HeldDigests {
  private readonly sums = new Map<string, Sum>();
  /** Per item (kind and id), its key. */
  private readonly doubted = new Map<string, string>();
  private readonly touched = new Set<string>();

  /** The store holds `next` of an item of `key` (and no longer `last`, if it held it); `atStart`: as the documents held it at the last close. */
  seen(key: string, last: string | undefined, next: string, atStart = false): void {
    let sum = this.sums.get(key);
    if (!sum) this.sums.set(key, (sum = { count: 0, xor: Buffer.alloc(20) }));
    if (last === undefined) sum.count++;
    else xorInto(sum.xor, last);
    xorInto(sum.xor, next);
    if (!atStart) this.touched.add(key);
  }

  /** The item is taken to be written into its document. */
  doubt(kind: ItemKind, item: StoredCase | StoredBooking): void {
    this.doubted.set(`${kind}/${item.id}`, heldKey(kind, item));
  }

  /** The item's version taken last was written into its document. */
  written(kind: ItemKind, item: StoredCase | StoredBooking): void {
    this.doubted.delete(`${kind}/${item.id}`);
  }

  /** The store removed a partition: what was summed no longer says what it holds. */
  clear(): void {
    this.sums.clear();
  }

  /** The digests of every key whose versions are all in their documents (none waiting in `pending`, none doubted). */
  digests(pending: ReadonlySet<string>): Record<string, string> {
    const doubted = new Set(this.doubted.values());
    const kept: Record<string, string> = {};
    for (const [key, sum] of this.sums) if (!pending.has(key) && !doubted.has(key)) kept[key] = textOf(sum);
    return kept;
  }

  /**
   * Of the digests kept at the last close, those of keys unchanged since the start: the others
   * are true still, but a store rolled back to them after a crash (a damaged file restored from a
   * backup) would then skip the write that finds the document ahead and pulls it.
   */
  untouched(kept: Readonly<Record<string, string>>): Record<string, string> {
    return Object.fromEntries(Object.entries(kept).filter(([key]) => !this.touched.has(key)));
  }
}
