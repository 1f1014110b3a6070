import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { restoreMissingFile } from './data-file';
import { planRepartition } from './repartition';
import type { Loaded, PartitionMemory } from './store-types';

/**
 * A crash while an item moved between partitions (new file written, old not yet) left it in both
 * under versions before the commit journal, and a file restored from a backup can do the same:
 * keep the latest revision and forget the other copy in memory (the next write of that
 * partition removes it from disk too). Both partitions are pinned in memory meanwhile, since
 * reading the other one again would bring the stale copy back.
 */
export async function keepLatestCopies<T extends { id: string }>(collection: PartitionMemory<T>, twice: ReadonlySet<string>): Promise<void> {
  for (const id of twice) {
    // Rare (a crash's leftovers), so a scan of the index's ids is cheap enough here.
    const holders = new Set([...collection.loaded].filter(([, low]) => low.data.items.some((it) => it.id === id)).map(([key]) => key));
    for (const [key, entry] of collection.index.entries) if (entry.ids.includes(id)) holders.add(key);
    const copies: { key: string; low: Loaded<T>; item: T }[] = [];
    for (const key of holders) {
      const low = await collection.ensure(key);
      const item = low?.data.items.find((it) => it.id === id);
      if (low && item) copies.push({ key, low, item });
    }
    if (copies.length === 0) continue;
    const keep = copies.reduce((best, c) => (collection.spec.revision(c.item) > collection.spec.revision(best.item) ? c : best));
    for (const { key, low } of copies) {
      collection.pin(key, low);
      if (key !== keep.key) low.data = { ...low.data, items: low.data.items.filter((it) => it.id !== id) };
    }
    collection.place(id, keep.key);
  }
}

/**
 * Moves items stored under another partition than their own (data written before the
 * partitioning changed) to where they belong, after keeping a copy of the files as they were.
 * One commit writes the new files and shrinks or removes the old ones, so a crash leaves the
 * old layout or the new one. (Folders that an older version left halfway, with an item in two
 * files, are reduced to one copy by keepLatestCopies before this runs.) Only files not written
 * by this version (`unchecked`) can hold such items.
 */
export async function repartition<T extends { id: string }>(collection: PartitionMemory<T>, unchecked: readonly string[]): Promise<void> {
  if (unchecked.length === 0) return;
  const { spec, ctx } = collection;
  const itemsOf = (key: string) => collection.loaded.get(key)?.data.items ?? [];
  // A target already on disk must be in memory, so the plan keeps what it holds.
  const targets = new Set(
    unchecked.flatMap((key) =>
      itemsOf(key)
        .map(spec.partitionOf)
        .filter((target) => target !== key),
    ),
  );
  const lows = new Map<string, Loaded<T>>();
  const pinnedHere: string[] = [];
  for (const key of [...unchecked, ...targets]) {
    const low = (await collection.ensure(key)) ?? collection.create(key);
    lows.set(key, low);
    if (collection.keys.has(key) && collection.pin(key, low)) pinnedHere.push(key);
  }
  const current = new Map([...lows].map(([key, low]) => [key, low.data.items] as const));
  const plan = planRepartition(current, spec.partitionOf, unchecked);
  if (plan.sources.size > 0) {
    const keep = join(ctx.backupsDir, `${ctx.stamp()}-pre-migration-${spec.name}-partitions`);
    for (const key of plan.sources.keys()) {
      await mkdir(dirname(join(keep, collection.fileOf(key))), { recursive: true });
      await copyFile(join(ctx.dir, collection.fileOf(key)), join(keep, collection.fileOf(key)));
    }
    const written = [...plan.targets, ...[...plan.sources].filter(([, items]) => items.length > 0)];
    const removed = [...plan.sources].filter(([, items]) => items.length === 0).map(([key]) => key);
    const change = {
      writes: written.map(([key, items]) => ({ file: collection.fileOf(key), text: () => collection.textOf(items) })),
      removes: removed.map((key) => collection.fileOf(key)),
    };
    await collection.journal.commit(change, {
      apply: async () => {
        for (const [key, items] of written) await collection.written(key, lows.get(key)!, items);
        for (const key of removed) collection.forget(key);
        for (const [key, items] of plan.targets) for (const item of items) collection.place(item.id, key);
      },
      settle: () => collection.index.flush(),
    });
  }
  for (const key of pinnedHere) collection.unpin(key);
}

/**
 * Files the index knew and that are gone without the app removing them (see PartitionIndex.load):
 * each is restored from the newest good backup that has it, or reported lost. Answers the keys
 * that are back, to be read in full like any file the index cannot vouch for.
 */
export async function restoreGone<T extends { id: string }>(collection: PartitionMemory<T>, gone: readonly string[]): Promise<string[]> {
  const back: string[] = [];
  for (const key of gone) if (await restoreMissingFile(collection.fileOf(key), collection.fileSpec, collection.ctx)) back.push(key);
  return back;
}
