import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { LoadContext } from './data-file';
import { planBatch } from './partition-batch';
import { ValidatedJsonFile } from './json-file-adapter';
import type { Migration } from './migrations';

/**
 * A collection that grows without bound (cases) is split into one file per partition (a
 * Beijing month, say), so that storing one item rewrites one month's file, not years of
 * history: lowdb rewrites a whole file on every write.
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
};

type PartitionData<T> = { schemaVersion: number; items: T[] };

const KEY = /^[A-Za-z0-9_-]+$/;

export class PartitionedCollection<T extends { id: string }> {
  private readonly partitions = new Map<string, Low<PartitionData<T>>>();
  private readonly where = new Map<string, string>();

  constructor(
    readonly spec: CollectionSpec<T>,
    private readonly ctx: LoadContext,
  ) {}

  private fileOf(key: string): string {
    return `${this.spec.name}/${key}.json`;
  }

  private open(key: string): Low<PartitionData<T>> {
    const spec = {
      schemaVersion: this.spec.schemaVersion,
      schema: z.object({ schemaVersion: z.number().int(), items: z.array(this.spec.item) }) as z.ZodType<PartitionData<T>>,
      empty: () => ({ schemaVersion: this.spec.schemaVersion, items: [] }),
      migrations: this.spec.migrations,
    };
    const low = new Low(new ValidatedJsonFile(this.fileOf(key), spec, this.ctx), spec.empty());
    this.partitions.set(key, low);
    return low;
  }

  /** Loads every partition file found in the collection's folder. */
  async load(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const low = this.open(key);
      await low.read();
      for (const item of low.data.items) this.where.set(item.id, key);
    }
    this.dropStaleCopies();
  }

  /**
   * A crash while an item moved between partitions (new file written, old not yet) leaves it in
   * both: keep the latest revision and forget the other copy (the next write of that partition
   * removes it from disk too).
   */
  private dropStaleCopies(): void {
    const holders = new Map<string, string[]>();
    for (const [key, low] of this.partitions) for (const item of low.data.items) holders.set(item.id, [...(holders.get(item.id) ?? []), key]);
    for (const [id, keys] of holders) {
      if (keys.length < 2) continue;
      const copies = keys.map((key) => ({ key, item: this.partitions.get(key)!.data.items.find((it) => it.id === id)! }));
      const keep = copies.reduce((best, c) => (this.spec.revision(c.item) > this.spec.revision(best.item) ? c : best));
      for (const { key } of copies) {
        if (key === keep.key) continue;
        const low = this.partitions.get(key)!;
        low.data = { ...low.data, items: low.data.items.filter((it) => it.id !== id) };
      }
      this.where.set(id, keep.key);
    }
  }

  files(): string[] {
    return [...this.partitions.keys()].map((key) => this.fileOf(key));
  }

  get size(): number {
    return this.where.size;
  }

  get(id: string): T | undefined {
    const key = this.where.get(id);
    return key === undefined ? undefined : this.partitions.get(key)?.data.items.find((item) => item.id === id);
  }

  /** Every item, partition by partition in key order. */
  all(): T[] {
    return [...this.partitions.keys()].sort().flatMap((key) => this.partitions.get(key)?.data.items ?? []);
  }

  inPartition(key: string): readonly T[] {
    return this.partitions.get(key)?.data.items ?? [];
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
    const target = this.partitions.get(key) ?? this.open(key);
    const before = target.data.items;
    const replaced = previousKey === key;
    await this.commit(target, replaced ? before.map((it) => (it.id === valid.id ? valid : it)) : [...before, valid]);
    if (previousKey !== undefined && !replaced) {
      const old = this.partitions.get(previousKey);
      if (old) {
        try {
          await this.commit(old, old.data.items.filter((it) => it.id !== valid.id));
        } catch (error) {
          await this.commit(target, before);
          throw error;
        }
      }
    }
    this.where.set(valid.id, key);
  }

  /**
   * Inserts or replaces many items, rewriting each affected partition once (an import of a
   * thousand cases writes one file per month, not a thousand). If a later partition's write
   * fails, the ones already written are written back as they were and a new one is removed,
   * so memory and disk stay as before. Callers serialise through the store's queue.
   */
  async putMany(items: readonly T[]): Promise<void> {
    const valid = items.map((it) => this.spec.item.parse(it));
    const { next, placed } = planBatch(valid, this.spec.partitionOf, { itemsIn: (key) => this.inPartition(key), keyOf: (id) => this.where.get(id) });
    const written: { key: string; low: Low<PartitionData<T>>; before: T[] | null }[] = [];
    for (const key of [...next.keys()].sort()) {
      const existing = this.partitions.get(key);
      const low = existing ?? this.open(key);
      const before = existing ? existing.data.items : null;
      try {
        await this.commit(low, next.get(key)!);
      } catch (error) {
        if (!existing) this.partitions.delete(key);
        await this.restore(written.reverse());
        throw error;
      }
      written.push({ key, low, before });
    }
    for (const [id, key] of placed) this.where.set(id, key);
  }

  /** Best effort: a restore that fails too leaves that partition's memory and disk agreeing on the new items. */
  private async restore(written: readonly { key: string; low: Low<PartitionData<T>>; before: T[] | null }[]): Promise<void> {
    for (const { key, low, before } of written) {
      if (before) {
        await this.commit(low, before).catch(() => undefined);
      } else {
        // The partition did not exist before: remove its new file rather than leave an empty one.
        await this.ctx.fs.unlink(join(this.ctx.dir, this.fileOf(key))).then(
          () => this.partitions.delete(key),
          () => undefined,
        );
      }
    }
  }

  private async commit(low: Low<PartitionData<T>>, items: T[]): Promise<void> {
    const data = { schemaVersion: this.spec.schemaVersion, items };
    // Disk first: readers outside the queue must never see an item that is not yet stored.
    await low.adapter.write(data);
    low.data = data;
  }
}
