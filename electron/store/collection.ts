import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { checksumMatches, ChecksummedPartitionFile, type Partition } from './checksummed-file';
import type { LoadContext } from './data-file';
import { planBatch } from './partition-batch';
import { PartitionIndex } from './partition-index';
import type { Migration } from './migrations';
import { keepLatestCopies, repartition } from './collection-repair';

/**
 * A collection that grows without bound (cases) is split into one file per partition (a
 * Beijing day, say), so that storing one item rewrites one small file, not years of history:
 * lowdb rewrites a whole file on every write.
 */
export type CollectionSpec<T extends { id: string }> = {
  name: string;
  schemaVersion: number;
  item: z.ZodType<T>;
  migrations: readonly Migration[];
  /** The partition an item lives in; a file-name-safe key such as '2026-03'. */
  partitionOf: (item: T) => string;
  /** Orders two stored versions of one item (a later change has a larger revision). */
  revision: (item: T) => string;
  /**
   * Keeps only part of the collection in memory: the partitions `partition` names and those
   * holding an item `item` names; the others are read when asked for, and at most `cachedItems`
   * of their items stay cached. Without it every partition is loaded at start.
   */
  resident?: { partition: (key: string, now: Date) => boolean; item: (item: T) => boolean; cachedItems: number };
};

export type Loaded<T> = Low<Partition<T>>;

/** Partition files read at once: enough to keep the disk busy, few enough for the thread pool. */
const READ_AHEAD = 16;

const KEY = /^[A-Za-z0-9_-]+$/;

export class PartitionedCollection<T extends { id: string }> {
  /** Every partition file there is, loaded or not. */
  readonly keys = new Set<string>();
  readonly loaded = new Map<string, Loaded<T>>();
  readonly where = new Map<string, string>();
  readonly index: PartitionIndex | null;
  /** Partitions holding an item kept in memory, and partitions whose memory differs from disk (a crash's duplicate dropped): never evicted. */
  private readonly hot = new Set<string>();
  private readonly pinned = new Set<string>();
  /** Evictable loaded partitions with their item counts, least recently used first. */
  private readonly cached = new Map<string, number>();
  private readonly loading = new Map<string, Promise<Loaded<T>>>();
  /** Partitions a write is working on: not evicted under it. */
  private readonly busy = new Set<string>();
  private readonly fileSpec;

  constructor(
    readonly spec: CollectionSpec<T>,
    readonly ctx: LoadContext,
    private readonly now: () => Date,
  ) {
    this.index = spec.resident ? new PartitionIndex(join(ctx.dir, 'index', spec.name), (key) => join(ctx.dir, this.fileOf(key))) : null;
    this.fileSpec = {
      schemaVersion: spec.schemaVersion,
      schema: z.object({ schemaVersion: z.number().int(), items: z.array(spec.item) }) as z.ZodType<Partition<T>>,
      empty: () => ({ schemaVersion: spec.schemaVersion, items: [] as T[] }),
      migrations: spec.migrations,
    };
  }

  fileOf(key: string): string {
    return `${this.spec.name}/${key}.json`;
  }

  create(key: string): Loaded<T> {
    return new Low(new ChecksummedPartitionFile(this.fileOf(key), this.fileSpec, this.ctx), this.fileSpec.empty());
  }

  private keptInMemory(key: string): boolean {
    const resident = this.spec.resident;
    return !resident || this.hot.has(key) || this.pinned.has(key) || resident.partition(key, this.now());
  }

  /**
   * Opens the collection: reads the index, then only the partitions kept in memory and those
   * the index cannot vouch for (new, changed or unknown files, which also rebuilds the index).
   */
  async load(keys: readonly string[]): Promise<void> {
    for (const key of keys) this.keys.add(key);
    const trusted = this.index ? await this.index.load(keys) : new Set<string>();
    const twice = new Set<string>();
    for (const key of trusted) {
      const entry = this.index!.entries.get(key)!;
      for (const id of entry.ids) this.place(id, key, twice);
      if (entry.hot) this.hot.add(key);
    }
    const unchecked: string[] = [];
    await inBatches(
      keys.filter((key) => !trusted.has(key) || this.keptInMemory(key)),
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
    await this.index?.flush();
  }

  private place(id: string, key: string, twice?: Set<string>): void {
    const at = this.where.get(id);
    if (twice && at !== undefined && at !== key) twice.add(id);
    this.where.set(id, key);
  }

  /** Takes a freshly read partition in; the index learns of it unless its entry already matched the content. */
  private async adopt(key: string, low: Loaded<T>, known: boolean, twice?: Set<string>): Promise<void> {
    this.loaded.set(key, low);
    if (known && (low.adapter as ChecksummedPartitionFile<T>).verified) return;
    // Read in full (damaged and restored, say): its content, not the index's entry, now says what it holds.
    for (const id of this.index?.entries.get(key)?.ids ?? []) if (this.where.get(id) === key) this.where.delete(id);
    for (const item of low.data.items) this.place(item.id, key, twice);
    this.markHot(key, low.data.items);
    await this.index?.record(key, low.data.items.map((it) => it.id), this.hot.has(key));
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
        await this.adopt(key, read, this.index?.entries.has(key) ?? false);
        if (!this.keptInMemory(key)) this.cached.set(key, read.data.items.length);
        this.trim();
        this.index?.schedule();
        return read;
      })().finally(() => this.loading.delete(key));
    this.loading.set(key, pending);
    return pending;
  }

  /** Drops the least recently used cached partitions beyond the bound; they are read again when asked for. */
  private trim(): void {
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

  unpin(key: string): void {
    this.pinned.delete(key);
  }

  /** Items currently held in memory for reads (tests assert the cache bound with it). */
  get itemsInMemory(): number {
    let total = 0;
    for (const low of this.loaded.values()) total += low.data.items.length;
    return total;
  }

  /**
   * Whether a partition's file may go into today's backup: read and checked this session, or
   * its checksum still matches. One that fails is read in full now, so a damaged file is set
   * aside (and reported) rather than copied over the good copies the backups keep.
   */
  async sound(key: string): Promise<boolean> {
    if (this.loaded.has(key)) return true;
    const bytes = await this.ctx.fs.readFile(join(this.ctx.dir, this.fileOf(key))).catch(() => null);
    if (bytes === null) return false;
    if (checksumMatches(bytes)) return true;
    await this.ensure(key);
    return this.keys.has(key);
  }

  /** Writes what the index still holds back (see PartitionIndex.schedule). */
  async close(): Promise<void> {
    await this.index?.close();
  }

  files(): string[] {
    return [...this.keys].sort().map((key) => this.fileOf(key));
  }

  get size(): number {
    return this.where.size;
  }

  async get(id: string): Promise<T | undefined> {
    const key = this.where.get(id);
    return key === undefined ? undefined : (await this.ensure(key))?.data.items.find((item) => item.id === id);
  }

  /**
   * Every item, partition by partition in key order, or those `where` keeps. Reads every
   * partition; filtered as each is read, so only what is kept stays referenced, not all time.
   */
  all(where?: (item: T) => boolean): Promise<T[]> {
    return this.itemsOf([...this.keys].sort(), where);
  }

  async inPartition(key: string): Promise<readonly T[]> {
    return (await this.ensure(key))?.data.items ?? [];
  }

  /** Items of every partition whose key is `prefix` or starts with `prefix-` (a month's days, say). */
  inPartitions(prefix: string): Promise<T[]> {
    return this.itemsOf([...this.keys].filter((key) => key === prefix || key.startsWith(`${prefix}-`)).sort());
  }

  /** The items held in memory by design, without reading a file: every item of an eager collection (bookings), those the spec keeps of a lazy one (cases still being worked on). */
  inMemory(): T[] {
    const keep = this.spec.resident?.item ?? (() => true);
    const keys = this.spec.resident ? [...this.hot] : [...this.loaded.keys()];
    return keys.sort().flatMap((key) => this.loaded.get(key)?.data.items.filter(keep) ?? []);
  }

  private async itemsOf(keys: readonly string[], where?: (item: T) => boolean): Promise<T[]> {
    const found: (readonly T[])[] = [];
    await inBatches(keys, async (key, at) => {
      const items = (await this.ensure(key))?.data.items ?? [];
      found[at] = where ? items.filter(where) : items;
    });
    return found.flat();
  }

  /** Runs a write with its partitions loaded (a new one empty) and kept in memory until it is done. */
  private async holding<R>(keys: readonly string[], work: (lows: Map<string, Loaded<T>>) => Promise<R>): Promise<R> {
    for (const key of keys) this.busy.add(key);
    try {
      const lows = new Map<string, Loaded<T>>();
      for (const key of new Set(keys)) lows.set(key, (await this.ensure(key)) ?? this.create(key));
      return await work(lows);
    } finally {
      this.busy.clear();
      this.trim();
    }
  }

  /**
   * Inserts or replaces an item. Memory changes only once the file is safely written; a failed
   * write leaves both as they were. Callers serialise through the store's queue.
   */
  async put(item: T): Promise<void> {
    const valid = this.spec.item.parse(item);
    const key = this.spec.partitionOf(valid);
    if (!KEY.test(key)) throw new Error(`Partition key ${JSON.stringify(key)} is not a safe file name.`);
    const previousKey = this.where.get(valid.id);
    await this.holding(previousKey === undefined ? [key] : [key, previousKey], async (lows) => {
      const target = lows.get(key)!;
      const before = target.data.items;
      const replaced = previousKey === key;
      await this.commit(key, target, replaced ? before.map((it) => (it.id === valid.id ? valid : it)) : [...before, valid]);
      if (previousKey !== undefined && !replaced) {
        const old = lows.get(previousKey)!;
        try {
          await this.commit(previousKey, old, old.data.items.filter((it) => it.id !== valid.id));
        } catch (error) {
          await this.commit(key, target, before);
          throw error;
        }
      }
      this.where.set(valid.id, key);
    });
  }

  /**
   * Inserts or replaces many items, rewriting each affected partition once (an import of a
   * thousand cases writes one file per day, not a thousand). If a later partition's write
   * fails, the ones already written are written back as they were and a new one is removed,
   * so memory and disk stay as before. Callers serialise through the store's queue.
   */
  async putMany(items: readonly T[]): Promise<void> {
    const valid = items.map((it) => this.spec.item.parse(it));
    const touched = valid.flatMap((it) => [this.spec.partitionOf(it), this.where.get(it.id)]).filter((key): key is string => key !== undefined && KEY.test(key));
    await this.holding(touched, async (lows) => {
      const { next, placed } = planBatch(valid, this.spec.partitionOf, { itemsIn: (key) => lows.get(key)?.data.items ?? [], keyOf: (id) => this.where.get(id) });
      const written: { key: string; low: Loaded<T>; before: T[] | null }[] = [];
      for (const key of [...next.keys()].sort()) {
        const low = lows.get(key)!;
        const before = this.keys.has(key) ? low.data.items : null;
        try {
          await this.commit(key, low, next.get(key)!);
        } catch (error) {
          await this.restore(written.reverse());
          throw error;
        }
        written.push({ key, low, before });
      }
      for (const [id, key] of placed) this.where.set(id, key);
    });
  }

  /** Best effort: a restore that fails too leaves that partition's memory and disk agreeing on the new items. */
  private async restore(written: readonly { key: string; low: Loaded<T>; before: T[] | null }[]): Promise<void> {
    for (const { key, low, before } of written) {
      // A partition that did not exist before: remove its new file rather than leave an empty one.
      if (before) await this.commit(key, low, before).catch(() => undefined);
      else await this.remove(key).catch(() => undefined);
    }
  }

  /**
   * Removes every item (the sample portfolio going away), file by file, memory after disk. A
   * failure midway leaves the files not yet removed in place and in memory, to be removed again.
   */
  async clear(): Promise<void> {
    for (const key of [...this.keys].sort()) {
      const gone = this.loaded.get(key)?.data.items.map((it) => it.id) ?? this.index?.entries.get(key)?.ids ?? [];
      await this.remove(key).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        this.forget(key);
      });
      for (const id of gone) this.where.delete(id);
    }
  }

  async remove(key: string): Promise<void> {
    await this.ctx.fs.unlink(join(this.ctx.dir, this.fileOf(key)));
    this.forget(key);
  }

  private forget(key: string): void {
    this.keys.delete(key);
    this.loaded.delete(key);
    this.cached.delete(key);
    this.hot.delete(key);
    this.index?.forget(key);
  }

  /** Writes a partition, disk before memory, then tells the index (which may lag: see PartitionIndex). */
  async commit(key: string, low: Loaded<T>, items: T[]): Promise<void> {
    const data = { schemaVersion: this.spec.schemaVersion, items };
    // Disk first: readers outside the queue must never see an item that is not yet stored.
    await low.adapter.write(data);
    low.data = data;
    this.keys.add(key);
    this.loaded.set(key, low);
    this.markHot(key, items);
    if (!this.keptInMemory(key)) {
      this.cached.delete(key);
      this.cached.set(key, items.length);
    }
    if (this.index) {
      await this.index.record(key, items.map((it) => it.id), this.hot.has(key));
      this.index.schedule();
    }
  }
}

async function inBatches<K>(keys: readonly K[], work: (key: K, at: number) => Promise<void>): Promise<void> {
  for (let at = 0; at < keys.length; at += READ_AHEAD) await Promise.all(keys.slice(at, at + READ_AHEAD).map((key, i) => work(key, at + i)));
}
