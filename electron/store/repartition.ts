/** What moving misplaced items to their own partitions writes: each file's items afterwards. */
export type RepartitionPlan<T> = {
  /** Partitions that receive items, with all their items afterwards; written first. */
  targets: Map<string, T[]>;
  /** Partitions that give items away, with what stays in them (empty: the file goes). */
  sources: Map<string, T[]>;
};

const KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Finds items stored in a partition other than the one `partitionOf` gives them, as after a
 * change of partitioning (cases by month, then by day). Pure, so the collection only writes it.
 */
export function planRepartition<T extends { id: string }>(
  partitions: ReadonlyMap<string, readonly T[]>,
  partitionOf: (item: T) => string,
  /** The partitions that may hold misplaced items (default: all). */
  candidates: Iterable<string> = partitions.keys(),
): RepartitionPlan<T> {
  const moving = new Map<string, T[]>();
  const sources = new Map<string, T[]>();
  for (const key of candidates) {
    const items = partitions.get(key) ?? [];
    const stays: T[] = [];
    for (const item of items) {
      const target = partitionOf(item);
      if (target === key) {
        stays.push(item);
        continue;
      }
      if (!KEY.test(target)) throw new Error(`Partition key ${JSON.stringify(target)} is not a safe file name.`);
      moving.set(target, [...(moving.get(target) ?? []), item]);
    }
    if (stays.length < items.length) sources.set(key, stays);
  }
  const targets = new Map<string, T[]>();
  for (const [key, items] of moving) {
    const ids = new Set(items.map((it) => it.id));
    // A source can be a target too: what it already holds that belongs there stays.
    const held = sources.get(key) ?? partitions.get(key) ?? [];
    targets.set(key, [...held.filter((it) => !ids.has(it.id)), ...items]);
    sources.delete(key);
  }
  return { targets, sources };
}
