import { join } from 'node:path';
import { Low } from 'lowdb';
import { ChecksummedPartitionFile, inBatches, partitionFileSpec, partitionText, type Partition } from './checksummed-file';
import type { CollectionSpec } from './collection';
import { keepLatestCopies, repartition, restoreGone } from './collection-repair';
import type { DataFileSpec, LoadContext } from './data-file';
import type { Journal } from './journal';
import { ItemPlaces } from './item-places';
import { PartitionIndex } from './partition-index';

export type Loaded<T> = Low<Partition<T>>;

/**
 * Which partitions of a collection are in memory: loading at open (the resident ones and those
 * the index cannot vouch for), reading others on demand through the same checks, a bounded LRU
 * of those, and how memory and the index follow a commit (files are written by the Journal).
 */
export class PartitionCache<T extends { id: string }> {
  /** Every partition file there is, loaded or not. */
  readonly keys = new Set<string>();
  readonly loaded = new Map<string, Loaded<T>>();
  private readonly places = new ItemPlaces((key) => this.index.entries.get(key)?.ids ?? []);
  /** Every collection has one: it says which files the app wrote last, so a vanished one is noticed. */
  readonly index: PartitionIndex;
  /** Partitions holding an item the spec keeps in memory (a case still being worked on): never evicted. */
  protected readonly hot = new Set<string>();
  /** Partitions whose memory must not be read again from disk (a crash's stale duplicate dropped, a move under way): never evicted. */
  private readonly pinned = new Set<string>();
  /** Evictable loaded partitions with their item counts, least recently used first. */
  protected readonly cached = new Map<string, number>();
  private readonly loading = new Map<string, Promise<Loaded<T>>>();
  /** Partitions a write is working on: not evicted under it. */
  private readonly busy = new Set<string>();
  /** Facts read lately (see factsOf), the most recent last: dropped when their partition changes. */
  protected readonly factsRead = new Map<string, unknown>();
  /** Partitions whose memory is ahead of their file, the difference in the change log: never evicted, written by writeBehind. */
  protected readonly behind = new Set<string>();
  readonly fileSpec: DataFileSpec<Partition<T>>;

  constructor(
    readonly spec: CollectionSpec<T>,
    readonly ctx: LoadContext,
    private readonly now: () => Date,
    readonly journal: Journal,
  ) {
    this.index = new PartitionIndex(join(ctx.dir, 'index', spec.name), (key) => join(ctx.dir, this.fileOf(key)), spec.facts !== undefined);
    this.fileSpec = partitionFileSpec(spec);
  }

  fileOf(key: string): string {
    return `${this.spec.name}/${key}.json`;
  }

  /** A partition file's bytes: what a commit writes. */
  textOf(items: T[]): Buffer {
    return partitionText({ schemaVersion: this.spec.schemaVersion, items });
  }

  create(key: string): Loaded<T> {
    return new Low(new ChecksummedPartitionFile(this.fileOf(key), this.fileSpec, this.ctx), this.fileSpec.empty());
  }

  protected keptInMemory(key: string): boolean {
    const resident = this.spec.resident;
    return !resident || this.hot.has(key) || this.pinned.has(key) || this.behind.has(key) || resident.partition(key, this.now());
  }

  /** Each item's partition, for every item (from the index for partitions not read; see ItemPlaces). */
  get where(): Map<string, string> {
    return this.places.map;
  }

  get size(): number {
    return this.places.size;
  }

  /**
   * Opens the collection: reads the index, then only the partitions kept in memory and those
   * the index cannot vouch for (new, changed or unknown files, which also rebuilds the index).
   * A file the index knew that is gone is restored from a backup where one has it (and reported).
   */
  async load(present: readonly string[]): Promise<void> {
    const { trusted, gone } = await this.index.load(present);
    const keys = [...present, ...(await restoreGone(this, gone))];
    for (const key of keys) this.keys.add(key);
    const twice = new Set<string>();
    for (const key of trusted) if (this.index.entries.get(key)!.hot) this.hot.add(key);
    // The app never stores an id twice, so files it wrote (trusted) need no check against each
    // other: only a file read in full (restored, older, changed outside the app) might repeat an
    // id, and then every id is placed first to find out.
    const toRead = keys.filter((key) => !trusted.has(key) || this.keptInMemory(key));
    const readInFull = toRead.some((key) => !trusted.has(key));
    for (const key of trusted) {
      if (readInFull) for (const id of this.index.entries.get(key)!.ids) this.place(id, key, twice);
      else this.places.defer(key);
    }
    const unchecked: string[] = [];
    await inBatches(
      toRead,
      async (key) => {
        const low = this.create(key);
        await low.read();
        if (!(low.adapter as ChecksummedPartitionFile<T>).verified) unchecked.push(key);
        await this.adopt(key, low, trusted.has(key), twice);
      },
    );
    await keepLatestCopies(this, twice);
    await repartition(this, unchecked.sort());
    for (const key of this.loaded.keys()) if (!this.keptInMemory(key)) this.cached.set(key, this.loaded.get(key)!.data.items.length);
    this.trim();
    await this.index.flush();
    this.places.placeLater();
  }

  private place(id: string, key: string, twice?: Set<string>): void {
    const at = this.where.get(id);
    if (twice && at !== undefined && at !== key) twice.add(id);
    this.where.set(id, key);
  }

  /** Takes a freshly read partition in; the index learns of it unless its entry already matched the content. */
  private async adopt(key: string, low: Loaded<T>, known: boolean, twice?: Set<string>): Promise<void> {
    this.loaded.set(key, low);
    this.factsRead.delete(key);
    if (known && (low.adapter as ChecksummedPartitionFile<T>).verified) return;
    // Read in full (damaged and restored, say): its content, not the index's entry, now says what it holds.
    for (const id of this.index.entries.get(key)?.ids ?? []) if (this.where.get(id) === key) this.where.delete(id);
    for (const item of low.data.items) this.place(item.id, key, twice);
    this.markHot(key, low.data.items);
    await this.index.record(key, low.data.items.map((it) => it.id), this.hot.has(key), this.spec.facts?.of(low.data.items));
  }

  private markHot(key: string, items: readonly T[]): void {
    const keep = this.spec.resident?.item;
    if (keep && items.some(keep)) {
      this.hot.add(key);
      this.cached.delete(key);
    } else this.hot.delete(key);
  }

  /** A partition's items, read from disk first when it is not in memory; null when there is no such partition. */
  async ensure(key: string): Promise<Loaded<T> | null> {
    const low = this.loaded.get(key);
    if (low) {
      if (this.cached.delete(key)) this.cached.set(key, low.data.items.length);
      return low;
    }
    if (!this.keys.has(key)) return null;
    const pending =
      this.loading.get(key) ??
      (async () => {
        const read = this.create(key);
        await read.read();
        // Committed by a write while this read ran: memory already holds the newer content.
        const meanwhile = this.loaded.get(key);
        if (meanwhile) return meanwhile;
        await this.adopt(key, read, this.index.entries.has(key));
        if (!this.keptInMemory(key)) this.cached.set(key, read.data.items.length);
        this.trim();
        this.index.schedule();
        return read;
      })().finally(() => this.loading.delete(key));
    this.loading.set(key, pending);
    return pending;
  }

  /** Drops the least recently used cached partitions beyond the bound; they are read again when asked for. */
  protected trim(): void {
    let total = 0;
    for (const count of this.cached.values()) total += count;
    const bound = this.spec.resident?.cachedItems ?? Number.POSITIVE_INFINITY;
    for (const [key, count] of this.cached) {
      if (total <= bound) break;
      if (this.busy.has(key)) continue;
      this.cached.delete(key);
      this.loaded.delete(key);
      total -= count;
    }
  }

  /** Keeps a partition in memory as it is now, whatever the cache bound (see collection-repair). */
  pin(key: string, low: Loaded<T>): boolean {
    const was = this.pinned.has(key);
    this.pinned.add(key);
    this.loaded.set(key, low);
    this.cached.delete(key);
    return !was;
  }

  /** Back into the LRU, unless kept in memory anyway. */
  unpin(key: string): void {
    const low = this.loaded.get(key);
    if (this.pinned.delete(key) && low && !this.keptInMemory(key)) this.cached.set(key, low.data.items.length);
  }

  /** Writes what the index still holds back (see PartitionIndex.schedule). */
  async close(): Promise<void> {
    await this.index.close();
  }

  /** Loads a write's partitions (a new one empty) and keeps them in memory until release. */
  async hold(keys: readonly string[]): Promise<Map<string, Loaded<T>>> {
    for (const key of keys) this.busy.add(key);
    const lows = new Map<string, Loaded<T>>();
    for (const key of new Set(keys)) lows.set(key, (await this.ensure(key)) ?? this.create(key));
    return lows;
  }

  release(): void {
    this.busy.clear();
    this.trim();
  }

  /** Memory after the app removed a partition's file. */
  forget(key: string): void {
    this.factsRead.delete(key);
    this.keys.delete(key);
    this.loaded.delete(key);
    this.cached.delete(key);
    this.hot.delete(key);
    this.index.forget(key);
  }

  /**
   * Memory after a commit wrote a partition (never before: readers outside the queue must not
   * see an item not yet stored), then the index, which may lag (see PartitionIndex). `logged`:
   * the change is in the change log, not yet in the file; the index forgets the partition until
   * writeBehind has written it, so no entry ever vouches for a file that lacks an item.
   */
  async written(key: string, low: Loaded<T>, items: T[], logged = false): Promise<void> {
    low.data = { schemaVersion: this.spec.schemaVersion, items };
    this.factsRead.delete(key);
    this.keys.add(key);
    this.loaded.set(key, low);
    this.markHot(key, items);
    if (logged) this.behind.add(key);
    this.cached.delete(key);
    if (!this.keptInMemory(key)) this.cached.set(key, items.length);
    if (logged) this.index.drop(key);
    else await this.index.record(key, items.map((it) => it.id), this.hot.has(key), this.spec.facts?.of(items));
    // Again: a reader may have remembered the entry's old facts while the index was recording.
    this.factsRead.delete(key);
  }
}
