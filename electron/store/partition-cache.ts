import { join } from 'node:path';
import { Low } from 'lowdb';

import { ChecksummedPartitionFile, inBatches, type Partition, partitionFileSpec, partitionText } from './checksummed-file';
import { keepLatestCopies, repartition, restoreGone } from './collection-repair';
import type { DataFileSpec, LoadContext } from './data-file';
import { FactsMemory } from './facts-memory';
import { ItemPlaces } from './item-places';
import type { Journal } from './journal';
import { PartitionIndex } from './partition-index';
import { Residency } from './partition-residency';
import { writeBehind } from './partition-write-behind';
import type { CollectionSpec, Loaded, PartitionMemory, Written } from './store-types';

/**
 * A collection's partitions in memory: loading at open (the resident ones and those the index
 * cannot vouch for), reading others on demand through the same checks, where each item is, and
 * how memory and the index follow a commit (files are written by the Journal and writeBehind).
 * Which loaded partitions stay is Residency's business.
 */
export class PartitionCache<T extends { id: string }> implements PartitionMemory<T> {
  /** Every partition file there is, loaded or not. */
  readonly keys = new Set<string>();
  readonly loaded = new Map<string, Loaded<T>>();
  /** Every collection has one: it says which files the app wrote last, so a vanished one is noticed. */
  readonly index: PartitionIndex;
  readonly residency: Residency;
  readonly fileSpec: DataFileSpec<Partition<T>>;
  private readonly places = new ItemPlaces((key) => this.index.entries.get(key)?.ids ?? []);
  private readonly loading = new Map<string, Promise<Loaded<T>>>();
  /** Facts read lately (see PartitionedCollection.factsOf). */
  readonly factsRead = new FactsMemory();
  /** Told of a partition's items whenever memory takes new ones (null: the partition removed); see PartitionedCollection.observe. */
  readonly observers = new Set<(key: string, items: readonly T[] | null) => void>();

  constructor(
    readonly spec: CollectionSpec<T>,
    readonly ctx: LoadContext,
    now: () => Date,
    readonly journal: Journal,
  ) {
    this.index = new PartitionIndex(join(ctx.dir, 'index', spec.name), (key) => join(ctx.dir, this.fileOf(key)), spec.facts !== undefined);
    this.fileSpec = partitionFileSpec(spec);
    this.residency = new Residency(spec.resident, now);
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

  whenPlaced(): Promise<void> {
    return this.places.whenPlaced();
  }

  /** The partition an item is in (from the index for partitions not read; see ItemPlaces). */
  placeOf(id: string): string | undefined {
    return this.places.map.get(id);
  }

  place(id: string, key: string): void {
    this.places.map.set(id, key);
  }

  clearPlaces(): void {
    this.places.clear();
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
    for (const key of trusted) if (this.index.entries.get(key)!.hot) this.residency.markHot(key, true);
    // The app never stores an id twice, so files it wrote (trusted) need no check against each
    // other: only a file read in full (restored, older, changed outside the app) might repeat an
    // id, and then every id is placed first to find out.
    const toRead = keys.filter((key) => !trusted.has(key) || this.residency.kept(key));
    const readInFull = toRead.some((key) => !trusted.has(key));
    for (const key of trusted) {
      if (readInFull) for (const id of this.index.entries.get(key)!.ids) this.placeOnce(id, key, twice);
      else this.places.defer(key);
    }
    const unchecked: string[] = [];
    await inBatches(toRead, async (key) => {
      const low = this.create(key);
      await low.read();
      if (!(low.adapter as ChecksummedPartitionFile<T>).verified) unchecked.push(key);
      await this.adopt(key, low, trusted.has(key), twice);
    });
    await keepLatestCopies(this, twice);
    await repartition(this, unchecked.sort());
    for (const [key, low] of this.loaded) this.residency.note(key, low.data.items.length);
    this.trim();
    await this.index.flush();
    this.places.placeLater();
  }

  /** Places an item, noting it in `twice` when another partition held it already. */
  private placeOnce(id: string, key: string, twice?: Set<string>): void {
    const at = this.placeOf(id);
    if (twice && at !== undefined && at !== key) twice.add(id);
    this.place(id, key);
  }

  /** Takes a freshly read partition in; the index learns of it unless its entry already matched the content. */
  private async adopt(key: string, low: Loaded<T>, known: boolean, twice?: Set<string>): Promise<void> {
    this.loaded.set(key, low);
    this.factsRead.forget(key);
    if (known && (low.adapter as ChecksummedPartitionFile<T>).verified) return;
    for (const see of this.observers) see(key, low.data.items);
    // Read in full (damaged and restored, say): its content, not the index's entry, now says what it holds.
    for (const id of this.index.entries.get(key)?.ids ?? []) if (this.placeOf(id) === key) this.places.map.delete(id);
    for (const item of low.data.items) this.placeOnce(item.id, key, twice);
    this.markHot(key, low.data.items);
    await this.index.record(
      key,
      low.data.items.map((it) => it.id),
      this.residency.hot.has(key),
      this.spec.facts?.of(low.data.items),
    );
  }

  private markHot(key: string, items: readonly T[]): void {
    const keep = this.spec.resident?.item;
    this.residency.markHot(key, keep !== undefined && items.some(keep));
  }

  /** A partition's items, read from disk first when it is not in memory; null when there is no such partition. */
  async ensure(key: string, keep = false): Promise<Loaded<T> | null> {
    const low = this.loaded.get(key);
    if (low) {
      this.residency.touch(key, low.data.items.length);
      return low;
    }
    if (!this.keys.has(key)) return null;
    const pending =
      this.loading.get(key) ??
      (async () => {
        const read = this.create(key);
        (read.adapter as ChecksummedPartitionFile<T>).keep = keep;
        await read.read();
        // Committed by a write while this read ran: memory already holds the newer content.
        const meanwhile = this.loaded.get(key);
        if (meanwhile) return meanwhile;
        await this.adopt(key, read, this.index.entries.has(key));
        this.residency.note(key, read.data.items.length);
        this.trim();
        this.index.schedule();
        return read;
      })().finally(() => this.loading.delete(key));
    this.loading.set(key, pending);
    return pending;
  }

  /** Drops what Residency no longer keeps (read again when asked for). */
  trim(): void {
    for (const key of this.residency.evict()) this.loaded.delete(key);
  }

  /** Keeps a partition in memory as it is now, whatever the cache bound (see collection-repair). */
  pin(key: string, low: Loaded<T>): boolean {
    this.loaded.set(key, low);
    return this.residency.pin(key);
  }

  unpin(key: string): void {
    this.residency.unpin(key, this.loaded.get(key)?.data.items.length);
  }

  /** Loads a write's partitions (a new one empty), several files at once, and keeps them in memory until release. */
  async hold(keys: readonly string[]): Promise<Map<string, Loaded<T>>> {
    this.residency.hold(keys);
    const lows = new Map<string, Loaded<T>>();
    await inBatches([...new Set(keys)], async (key) => {
      lows.set(key, (await this.ensure(key, true)) ?? this.create(key));
    });
    return lows;
  }

  release(): void {
    this.residency.release();
    this.trim();
  }

  /** Memory after the app removed a partition's file. */
  forget(key: string): void {
    this.factsRead.forget(key);
    this.keys.delete(key);
    this.loaded.delete(key);
    this.residency.forget(key);
    this.index.forget(key);
    for (const see of this.observers) see(key, null);
  }

  /**
   * Memory after a commit wrote a partition (never before: readers outside the queue must not
   * see an item not yet stored), then the index, which may lag (see PartitionIndex). `logged`:
   * the change is in the change log, not yet in the file; the index forgets the partition until
   * writeBehind has written it, so no entry ever vouches for a file that lacks an item.
   */
  async written(key: string, low: Loaded<T>, items: T[], { logged = false, facts, added }: Written<T> = {}): Promise<void> {
    // Items only appended: the facts remembered for those before carry on (see CollectionSpec.facts.added).
    const before = added && this.spec.facts?.added ? this.factsRead.get(key) : undefined;
    low.data = { schemaVersion: this.spec.schemaVersion, items };
    // The file is no longer the one its read hashed.
    (low.adapter as ChecksummedPartitionFile<T>).takeChecked(-1);
    this.factsRead.forget(key);
    this.keys.add(key);
    this.loaded.set(key, low);
    this.markHot(key, items);
    if (logged) this.residency.ahead(key);
    this.residency.note(key, items.length);
    if (logged) this.index.drop(key);
    else
      await this.index.record(
        key,
        items.map((it) => it.id),
        this.residency.hot.has(key),
        facts ? facts.text : this.spec.facts?.of(items),
      );
    // Again: a reader may have remembered the entry's old facts while the index was recording.
    this.factsRead.forget(key);
    const after = before === undefined || !added ? undefined : this.spec.facts?.added?.(before, added);
    if (after !== undefined) this.factsRead.set(key, after);
    for (const see of this.observers) see(key, items);
  }

  /** Brings the files of partitions changed through the change log up to memory, durably, then the index. */
  writeBehind(): Promise<void> {
    return writeBehind(this);
  }
}
