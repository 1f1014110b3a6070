/** Where each item of a batch goes, and each affected partition's items afterwards. */
export type PartitionBatch<T> = { next: Map<string, T[]>; placed: Map<string, string> };

const KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Groups a batch by partition: an item replaces its stored version (moving partition if its
 * key changed) or is appended. Pure, so the collection only has to write what this plans.
 * Linear: each partition's items are found by id through a map made when it is first touched.
 */
export function planBatch<T extends { id: string }>(
  items: readonly T[],
  partitionOf: (item: T) => string,
  stored: { itemsIn: (key: string) => readonly T[]; keyOf: (id: string) => string | undefined },
): PartitionBatch<T> {
  const next = new Map<string, T[]>();
  const placed = new Map<string, string>();
  /** Per partition touched, where each item is in its list in `next`. */
  const positions = new Map<string, Map<string, number>>();
  const touch = (key: string, list: T[]) => {
    next.set(key, list);
    positions.set(key, new Map(list.map((it, i) => [it.id, i])));
    return list;
  };
  const itemsOf = (key: string) => next.get(key) ?? touch(key, [...stored.itemsIn(key)]);
  for (const item of items) {
    const key = partitionOf(item);
    if (!KEY.test(key)) throw new Error(`Partition key ${JSON.stringify(key)} is not a safe file name.`);
    const previousKey = placed.get(item.id) ?? stored.keyOf(item.id);
    if (previousKey !== undefined && previousKey !== key) touch(previousKey, itemsOf(previousKey).filter((it) => it.id !== item.id));
    const list = itemsOf(key);
    const at = positions.get(key)!.get(item.id);
    if (at !== undefined) list[at] = item;
    else positions.get(key)!.set(item.id, list.push(item) - 1);
    placed.set(item.id, key);
  }
  return { next, placed };
}
