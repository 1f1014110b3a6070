import { join } from 'node:path';

import type { LoadContext } from './data-file';
import { syncFolder, writeFileDurably } from './durable-file';
import type { PartitionIndex } from './partition-index';
import type { Residency } from './partition-residency';
import type { CollectionSpec, Loaded } from './store-types';

/** What writing behind needs of a collection's partitions in memory (PartitionCache). */
export type BehindPartitions<T extends { id: string }> = {
  readonly spec: CollectionSpec<T>;
  readonly ctx: LoadContext;
  readonly loaded: ReadonlyMap<string, Loaded<T>>;
  readonly residency: Residency;
  readonly index: PartitionIndex;
  fileOf(key: string): string;
  textOf(items: T[]): Buffer;
  trim(): void;
};

/**
 * Brings the files of a collection's partitions changed through the change log (Journal) up to
 * memory: each written durably, the folder synced once, then the index records them and memory
 * drops what Residency no longer keeps.
 */
export async function writeBehind<T extends { id: string }>(cache: BehindPartitions<T>): Promise<void> {
  const keys = cache.residency.aheadKeys();
  if (keys.length === 0) return;
  const folder = join(cache.ctx.dir, cache.spec.name);
  await cache.ctx.fs.mkdir(folder, { recursive: true });
  await Promise.all(
    keys.map((key) =>
      writeFileDurably(join(cache.ctx.dir, cache.fileOf(key)), cache.textOf(cache.loaded.get(key)!.data.items), cache.ctx.fs, { syncFolder: false }),
    ),
  );
  await syncFolder(folder, cache.ctx.fs);
  for (const key of keys) {
    const items = cache.loaded.get(key)!.data.items;
    cache.residency.caughtUp(key, items.length);
    await cache.index.record(
      key,
      items.map((it) => it.id),
      cache.residency.hot.has(key),
      cache.spec.facts?.of(items),
    );
  }
  cache.index.schedule();
  cache.trim();
}
