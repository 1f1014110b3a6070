import { join } from 'node:path';

import { checksumMatches, inBatches, verifiedItems } from './checksummed-file';
import { type CollectionDraft, draftChange } from './collection-draft';
import type { LoadContext } from './data-file';
import type { Journal } from './journal';
import { PartitionCache } from './partition-cache';
import type { CollectionOp, CollectionSpec } from './store-types';

/** How long after the open the first write's groundwork is laid (see prepare): once the first screen has its answers. */
const PREPARE_AFTER_MS = 1_000;

/** A partitioned collection's reads and writes; which partitions are in memory is PartitionCache's business. */
export class PartitionedCollection<T extends { id: string }> {
  private readonly memory: PartitionCache<T>;
  private preparing: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(spec: CollectionSpec<T>, ctx: LoadContext, now: () => Date, journal: Journal) {
    this.memory = new PartitionCache(spec, ctx, now, journal);
  }

  get spec(): CollectionSpec<T> {
    return this.memory.spec;
  }

  private get keys(): ReadonlySet<string> {
    return this.memory.keys;
  }

  /** Opens the collection (see PartitionCache.load). */
  async load(present: readonly string[]): Promise<void> {
    await this.memory.load(present);
    this.preparing = setTimeout(() => void this.prepare().catch(() => undefined), PREPARE_AFTER_MS);
    this.preparing.unref();
  }

  /**
   * What the first write after the open would otherwise do itself (the first case logged at the
   * large size took 24 ms where the next take 1 to 2): the item schema's checks, which zod
   * compiles on first use, and the facts of the partitions the spec keeps in memory (a case
   * logged counts its month's days), read a partition at a time with the event loop let through.
   */
  private async prepare(): Promise<void> {
    const sample = [...this.memory.loaded.values()].find((low) => low.data.items.length > 0)?.data.items[0];
    if (sample) this.spec.item.safeParse(sample);
    if (!this.spec.facts) return;
    // Oldest first: the newest days' facts are the ones kept longest (see FactsMemory).
    for (const key of [...this.memory.loaded.keys()].filter((k) => this.memory.residency.inWindow(k)).sort()) {
      if (this.closed) return;
      await this.factsOf(key);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /**
   * Calls `see` with a partition's items whenever memory takes new ones: a write, or a file read
   * anew because the index could not vouch for it (null: the partition removed). An index kept
   * beside the store (electron/search) follows every write this way. Answers the unsubscribe.
   */
  observe(see: (key: string, items: readonly T[] | null) => void): () => void {
    this.memory.observers.add(see);
    return () => this.memory.observers.delete(see);
  }

  /** Writes what the index still holds back (see PartitionIndex.schedule). */
  close(): Promise<void> {
    this.closed = true;
    if (this.preparing) clearTimeout(this.preparing);
    return this.memory.index.close();
  }

  get size(): number {
    return this.memory.size;
  }

  files(): string[] {
    return this.partitionKeys().map((key) => this.memory.fileOf(key));
  }

  /** Every partition's key, in order (a day's or a year's). */
  partitionKeys(): string[] {
    return [...this.keys].sort();
  }

  async get(id: string): Promise<T | undefined> {
    await this.memory.whenPlaced();
    const key = this.memory.placeOf(id);
    return key === undefined ? undefined : (await this.memory.ensure(key))?.data.items.find((item) => item.id === id);
  }

  /**
   * Every item, partition by partition in key order, or those `where` keeps. Reads every
   * partition; filtered as each is read, so only what is kept stays referenced, not all time.
   */
  all(where?: (item: T) => boolean): Promise<T[]> {
    return this.itemsOf([...this.keys].sort(), where);
  }

  /**
   * A partition's facts (see CollectionSpec.facts): from the index when its entry has them and
   * they read as facts, otherwise summed up from the partition's items, read if need be.
   * Undefined when the collection keeps none or there is no such partition.
   */
  async factsOf(key: string): Promise<unknown> {
    const facts = this.spec.facts;
    if (!facts || !this.keys.has(key)) return undefined;
    const remembered = this.memory.factsRead.get(key);
    if (remembered !== undefined) return remembered;
    const { index } = this.memory;
    const recorded = await index.factsOf(key);
    let read = recorded === undefined ? undefined : facts.read(recorded);
    if (read === undefined) {
      const low = await this.memory.ensure(key);
      if (low && index.entries.has(key)) {
        // The index vouches for the file: its facts are kept for the next time.
        const text = facts.of(low.data.items);
        index.setFacts(key, text);
        index.schedule();
        read = facts.read(text);
      } else read = low ? facts.compute(low.data.items) : undefined;
    }
    // Asked again and again for the days of the month in hand (each case logged counts its month).
    if (read !== undefined && this.keys.has(key)) this.memory.factsRead.set(key, read);
    return read;
  }

  async inPartition(key: string): Promise<readonly T[]> {
    return (await this.memory.ensure(key))?.data.items ?? [];
  }

  /**
   * A partition's items for one look, not kept: from memory when it is there, otherwise read
   * from its file without entering the cache (an import looking into a few hundred old days
   * would otherwise push out the days a manager was reading). A file that is not exactly what
   * the app wrote goes through the full checks of `inPartition` (set aside and reported if damaged).
   */
  async peek(key: string): Promise<readonly T[]> {
    const { ctx } = this.memory;
    const loaded = this.memory.loaded.get(key);
    if (loaded) return loaded.data.items;
    if (!this.keys.has(key)) return [];
    const bytes = await ctx.fs.readFile(join(ctx.dir, this.memory.fileOf(key))).catch(() => null);
    return (bytes && verifiedItems<T>(bytes, this.spec.schemaVersion)) ?? this.inPartition(key);
  }

  /** Items of every partition whose key is `prefix` or starts with `prefix-` (a month's days, say). */
  inPartitions(prefix: string): Promise<T[]> {
    return this.itemsOf([...this.keys].filter((key) => key === prefix || key.startsWith(`${prefix}-`)).sort());
  }

  /**
   * Up to `limit` items that `where` keeps, from the newest partition back (keys sort by date),
   * reading only as many partitions as it takes: a partner's latest cases without all time.
   */
  async newest(limit: number, where: (item: T) => boolean): Promise<T[]> {
    const found: T[] = [];
    for (const key of [...this.keys].sort().reverse()) {
      found.push(...((await this.memory.ensure(key))?.data.items.filter(where) ?? []));
      if (found.length >= limit) break;
    }
    return found;
  }

  /** The items held in memory by design, without reading a file: every item of an eager collection (bookings), those the spec keeps of a lazy one (cases still being worked on). */
  inMemory(): T[] {
    const keep = this.spec.resident?.item ?? (() => true);
    const { loaded, residency } = this.memory;
    const keys = this.spec.resident ? [...residency.hot] : [...loaded.keys()];
    return keys.sort().flatMap((key) => loaded.get(key)?.data.items.filter(keep) ?? []);
  }

  private async itemsOf(keys: readonly string[], where?: (item: T) => boolean): Promise<T[]> {
    const found: (readonly T[])[] = [];
    await inBatches(keys, async (key, at) => {
      const items = (await this.memory.ensure(key))?.data.items ?? [];
      found[at] = where ? items.filter(where) : items;
    });
    return found.flat();
  }

  /** Brings the files of partitions changed through the change log up to memory (see PartitionCache.writeBehind). */
  writeBehind(): Promise<void> {
    return this.memory.writeBehind();
  }

  /** Plans this collection's part of a commit (see draftChange); the store commits the files. */
  draft(ops: readonly CollectionOp<T>[]): Promise<CollectionDraft> {
    return draftChange(this.memory, ops);
  }

  /** Items currently held in memory (see Store.itemsInMemory). */
  get itemsInMemory(): number {
    let total = 0;
    for (const low of this.memory.loaded.values()) total += low.data.items.length;
    return total;
  }

  /**
   * Whether a partition's file may go into today's backup: read and checked this session, or
   * its checksum still matches. One that fails is read in full now, so a damaged file is set
   * aside (and reported) rather than copied over the good copies the backups keep.
   */
  async sound(key: string): Promise<boolean> {
    const { ctx } = this.memory;
    if (this.memory.loaded.has(key)) return true;
    const bytes = await ctx.fs.readFile(join(ctx.dir, this.memory.fileOf(key))).catch(() => null);
    if (bytes === null) return false;
    if (checksumMatches(bytes)) return true;
    await this.memory.ensure(key);
    return this.keys.has(key);
  }
}
