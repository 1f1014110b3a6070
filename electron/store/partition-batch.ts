/** Where each item of a batch goes, and each affected partition's items afterwards. */
export type PartitionBatch<T> = { next: Map<string, T[]>; placed: Map<string, string> };

const KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Groups a batch by partition: an item replaces its stored version (moving partition if its
 * key changed) or is appended. Pure, so the collection only has to write what this plans.
 * Linear: a partition's items are found by id through a map made the first time one of them is
 * replaced, so a batch of new items (an import) never indexes the items already stored.
 */
export function planBatch<T extends { id: string }>(
  items: readonly T[],
  partitionOf: (item: T) => string,
  stored: { itemsIn: (key: string) => readonly T[]; keyOf: (id: string) => string | undefined },
): PartitionBatch<T> {
  const next = new Map<string, T[]>();
  const placed = new Map<string, string>();
  /** Per partition, where each item is in its list in `next`, once needed. */
  const positions = new Map<string, Map<string, number>>();
  const itemsOf = (key: string) => {
    let list = next.get(key);
    if (!list) next.set(key, (list = [...stored.itemsIn(key)]));
    return list;
  };
  const positionsOf = (key: string, list: readonly T[]) => {
    let at = positions.get(key);
    if (!at) positions.set(key, (at = new Map(list.map((it, i) => [it.id, i]))));
    return at;
  };
  for (const item of items) {
    const key = partitionOf(item);
    if (!KEY.test(key)) throw new Error(`Partition key ${JSON.stringify(key)} is not a safe file name.`);
    const previousKey = placed.get(item.id) ?? stored.keyOf(item.id);
    if (previousKey !== undefined && previousKey !== key) {
      next.set(
        previousKey,
        itemsOf(previousKey).filter((it) => it.id !== item.id),
      );
      positions.delete(previousKey);
    }
    const list = itemsOf(key);
    // Only an item stored (or given earlier in the batch) under this key can be in its list already.
    const at = previousKey === key ? positionsOf(key, list).get(item.id) : undefined;
    if (at !== undefined) list[at] = item;
    else {
      const pushed = list.push(item) - 1;
      positions.get(key)?.set(item.id, pushed);
    }
    placed.set(item.id, key);
  }
  return { next, placed };
}
