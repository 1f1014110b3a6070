import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { inBatches } from '../store/checksummed-file';
import type { PartitionedCollection } from '../store/collection';
import { PartitionRows } from './partition-rows';
import { groupOf, headerSum, readStoredRows, type StoredRows, sumOf, writeStoredRows } from './search-files';

/** What a collection's search needs of the store's collection. */
export type SearchedCollection<T extends { id: string }> = Pick<PartitionedCollection<T>, 'observe' | 'partitionKeys' | 'peek'>;

/** Which fields of an item are kept as a row, and which of them are searched (by their place, best first). */
export type RowSpec<T> = { rowOf: (item: T) => string[]; searched: readonly number[] };

type Part = { sum: string; rows: PartitionRows };

/** How long after a change the index files are written: a burst of writes costs one write. */
const FLUSH_DELAY_MS = 1000;
/** Partitions whose rows are made between two pauses of main (about 150 items each). */
const SETTLE_SLICE = 16;

/**
 * The search rows of one partitioned collection, a PartitionRows per partition, kept in memory
 * and in `<data>/index/search/<collection>/<month>.json`. Like the store's facts, a partition's
 * rows carry the checksum of the items they were made from, and count only while the partition
 * file's header carries the same: at open a partition whose file disagrees (or that the index
 * files lack) is read again and its rows made anew. After that the rows follow every write
 * through the collection's observer, so a query never reads a partition file.
 */
export class CollectionSearch<T extends { id: string }> {
  readonly parts = new Map<string, Part>();
  /** Bumped by every change the observer sees, so a slower read at open never overwrites it. */
  private readonly changes = new Map<string, number>();
  /**
   * Partitions written since their rows were last made, with their items: the rows (and the
   * checksum, a hash of every item) are made after the write, not inside it, so logging a case or
   * storing an import does not wait for the index.
   */
  private readonly pending = new Map<string, readonly T[]>();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private readonly unsubscribe: () => void;
  /** Partitions made anew at open (read again), for the bench and the tests. */
  rebuilt = 0;

  constructor(
    private readonly collection: SearchedCollection<T>,
    private readonly spec: RowSpec<T>,
    /** `<data>/index/search/<collection>`. */
    private readonly dir: string,
    /** `<data>/<collection>`, where the partition files are. */
    private readonly partitionsDir: string,
  ) {
    this.unsubscribe = collection.observe((key, items) => this.changed(key, items));
  }

  private rowsOf(items: readonly T[]): PartitionRows {
    return PartitionRows.of(items, this.spec.rowOf, this.spec.searched);
  }

  private changed(key: string, items: readonly T[] | null): void {
    this.changes.set(key, (this.changes.get(key) ?? 0) + 1);
    this.parts.delete(key);
    if (items === null || items.length === 0) this.pending.delete(key);
    else this.pending.set(key, items);
    this.dirty.add(groupOf(key));
    this.schedule();
  }

  /** Takes every partition in: from the index files where the partition file's header vouches for them, otherwise read again. */
  async load(): Promise<void> {
    const stored = await readStoredRows(this.dir);
    const keys = this.collection.partitionKeys();
    await inBatches(keys, async (key) => {
      const seen = this.changes.get(key) ?? 0;
      if (this.parts.has(key) || this.pending.has(key)) return;
      const kept = stored.get(key);
      const rows =
        kept && kept.sum === (await headerSum(join(this.partitionsDir, `${key}.json`)))
          ? PartitionRows.stored(kept.raw, kept.hay, this.spec.searched.length)
          : null;
      let part: Part | null = rows && { sum: kept!.sum, rows };
      if (!part) {
        const items = await this.collection.peek(key);
        part = items.length === 0 ? null : { sum: sumOf(items), rows: this.rowsOf(items) };
        this.dirty.add(groupOf(key));
        this.rebuilt += 1;
      }
      // Changed by a write meanwhile: the observer's rows are the newer.
      if ((this.changes.get(key) ?? 0) !== seen || this.parts.has(key) || this.pending.has(key)) return;
      if (part) this.parts.set(key, part);
    });
    // Groups that list partitions gone, or that hold rows no longer matching, are written afresh.
    const present = new Set(keys);
    for (const key of stored.keys()) if (!present.has(key)) this.dirty.add(groupOf(key));
    this.schedule();
  }

  /** Makes the rows of the partitions written lately; `slice` at a time with a pause between, or all at once. */
  async settle(slice = Number.POSITIVE_INFINITY): Promise<void> {
    let made = 0;
    for (const [key, items] of this.pending) {
      if (made >= slice) {
        await new Promise((resolve) => setImmediate(resolve));
        made = 0;
        // A write meanwhile replaced or removed this partition's items: take them as they are now.
        if (this.pending.get(key) !== items) continue;
      }
      this.parts.set(key, { sum: sumOf(items), rows: this.rowsOf(items) });
      this.pending.delete(key);
      made += 1;
    }
  }

  private settleNow(): void {
    for (const [key, items] of this.pending) this.parts.set(key, { sum: sumOf(items), rows: this.rowsOf(items) });
    this.pending.clear();
  }

  /** The partitions newest first (keys sort by date), each with its rows. */
  newestFirst(): [string, PartitionRows][] {
    this.settleNow();
    return [...this.parts].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0)).map(([key, part]) => [key, part.rows]);
  }

  /** The partitions, in key order, that may hold an item with a field exactly `value` (a partner's days, by its id): a superset, never missing one. */
  keysHolding(value: string): string[] {
    this.settleNow();
    return [...this.parts]
      .filter(([, part]) => part.rows.mayHold(value))
      .map(([key]) => key)
      .sort();
  }

  private schedule(): void {
    if (this.timer || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, FLUSH_DELAY_MS);
    this.timer.unref();
  }

  /** Writes the changed groups now. A failure costs the next open reading those partitions again. */
  flush(): Promise<void> {
    const run = this.writing.then(() => this.write());
    this.writing = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    const groups = [...this.dirty];
    this.dirty.clear();
    if (groups.length === 0) return;
    // A few partitions at a time: an import's thousand days must not hold main in one block.
    await this.settle(SETTLE_SLICE);
    await mkdir(this.dir, { recursive: true });
    for (const group of groups) {
      const inGroup = [...this.parts]
        .filter(([key]) => groupOf(key) === group)
        .map(([key, { sum, rows }]) => [key, { sum, raw: rows.raw, hay: rows.hay }] as [string, StoredRows]);
      await writeStoredRows(this.dir, group, inGroup);
    }
  }

  /** Stops following the collection and writes what is pending. */
  async close(): Promise<void> {
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }
}
