import { join } from 'node:path';
import type { z } from 'zod';
import { checksumMatches, inBatches, verifiedItems } from './checksummed-file';
import { draftChange, type CollectionDraft, type CollectionOp } from './collection-draft';
import { syncFolder, writeFileDurably } from './durable-file';
import type { Migration } from './migrations';
import { PartitionCache } from './partition-cache';

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
  /**
   * A small summary of each partition, kept in the index beside its ids and updated in the
   * write that changes the partition, so that a question about every partition (a month's
   * quota counts, the vendor references of all time) is answered without reading them.
   */
  facts?: {
    /** The facts of a partition's items (what `read` answers for the text of `of`), made from items memory holds. */
    compute: (items: readonly T[]) => unknown;
    /** The facts of a partition's items, as text: the index keeps one string per partition, so opening parses no more objects than before. */
    of: (items: readonly T[]) => string;
    /** The facts in a text of `of`, or undefined when the text is not one (a damaged index). */
    read: (text: string) => unknown;
  };
};

/** Facts kept parsed (see factsOf): two months of days. */
const FACTS_REMEMBERED = 62;

/** A partitioned collection's reads and writes; which partitions are in memory is PartitionCache's business. */
export class PartitionedCollection<T extends { id: string }> extends PartitionCache<T> {
  files(): string[] {
    return this.partitionKeys().map((key) => this.fileOf(key));
  }

  /** Every partition's key, in order (a day's or a year's). */
  partitionKeys(): string[] {
    return [...this.keys].sort();
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

  /**
   * A partition's facts (see CollectionSpec.facts): from the index when its entry has them and
   * they read as facts, otherwise summed up from the partition's items, read if need be.
   * Undefined when the collection keeps none or there is no such partition.
   */
  async factsOf(key: string): Promise<unknown> {
    const facts = this.spec.facts;
    if (!facts || !this.keys.has(key)) return undefined;
    const remembered = this.factsRead.get(key);
    if (remembered !== undefined) {
      this.factsRead.delete(key);
      this.factsRead.set(key, remembered);
      return remembered;
    }
    const recorded = await this.index.factsOf(key);
    let read = recorded === undefined ? undefined : facts.read(recorded);
    if (read === undefined) {
      const low = await this.ensure(key);
      if (low && this.index.entries.has(key)) {
        // The index vouches for the file: its facts are kept for the next time.
        const text = facts.of(low.data.items);
        this.index.setFacts(key, text);
        this.index.schedule();
        read = facts.read(text);
      } else read = low ? facts.compute(low.data.items) : undefined;
    }
    // Asked again and again for the days of the month in hand (each case logged counts its month).
    if (read !== undefined && this.keys.has(key)) {
      this.factsRead.set(key, read);
      if (this.factsRead.size > FACTS_REMEMBERED) this.factsRead.delete(this.factsRead.keys().next().value!);
    }
    return read;
  }

  async inPartition(key: string): Promise<readonly T[]> {
    return (await this.ensure(key))?.data.items ?? [];
  }

  /**
   * A partition's items for one look, not kept: from memory when it is there, otherwise read
   * from its file without entering the cache (an import looking into a few hundred old days
   * would otherwise push out the days a manager was reading). A file that is not exactly what
   * the app wrote goes through the full checks of `inPartition` (set aside and reported if damaged).
   */
  async peek(key: string): Promise<readonly T[]> {
    const loaded = this.loaded.get(key);
    if (loaded) return loaded.data.items;
    if (!this.keys.has(key)) return [];
    const bytes = await this.ctx.fs.readFile(join(this.ctx.dir, this.fileOf(key))).catch(() => null);
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
      found.push(...((await this.ensure(key))?.data.items.filter(where) ?? []));
      if (found.length >= limit) break;
    }
    return found;
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

  /** Brings the files of partitions changed through the change log up to memory, durably, then the index. */
  async writeBehind(): Promise<void> {
    const keys = [...this.behind];
    if (keys.length === 0) return;
    const folder = join(this.ctx.dir, this.spec.name);
    await this.ctx.fs.mkdir(folder, { recursive: true });
    await Promise.all(keys.map((key) => writeFileDurably(join(this.ctx.dir, this.fileOf(key)), this.textOf(this.loaded.get(key)!.data.items), this.ctx.fs, { syncFolder: false })));
    await syncFolder(folder, this.ctx.fs);
    for (const key of keys) {
      this.behind.delete(key);
      const items = this.loaded.get(key)!.data.items;
      if (!this.keptInMemory(key)) this.cached.set(key, items.length);
      await this.index.record(key, items.map((it) => it.id), this.hot.has(key), this.spec.facts?.of(items));
    }
    this.index.schedule();
    this.trim();
  }

  /** Plans this collection's part of a commit (see draftChange); the store commits the files. */
  draft(ops: readonly CollectionOp<T>[]): Promise<CollectionDraft> {
    return draftChange(this, ops);
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
}
