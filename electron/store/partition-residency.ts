/**
 * Which loaded partitions of a collection stay in memory: the resident ones (the spec's recent
 * partitions), the hot ones (holding an item kept in memory, a case still being worked on), the
 * pinned (a repair or a commit the disk has not finished), those ahead of their file (the
 * difference in the change log) and those a write is working on; the others form an LRU bounded
 * by a number of items. It only keeps the books: PartitionCache drops what `evict` names.
 */
export class Residency {
  readonly hot = new Set<string>();
  private readonly pinned = new Set<string>();
  private readonly behind = new Set<string>();
  private readonly busy = new Set<string>();
  /** Evictable loaded partitions with their item counts, least recently used first. */
  private readonly cached = new Map<string, number>();

  constructor(
    private readonly resident: { partition: (key: string, now: Date) => boolean; cachedItems: number } | undefined,
    private readonly now: () => Date,
  ) {}

  /** Whether the spec keeps the partition in memory for what it is (this month's, say), hot or not. */
  inWindow(key: string): boolean {
    return !this.resident || this.resident.partition(key, this.now());
  }

  kept(key: string): boolean {
    return !this.resident || this.hot.has(key) || this.pinned.has(key) || this.behind.has(key) || this.resident.partition(key, this.now());
  }

  /** A partition just read or written, with its item count: kept, or the most recent of the LRU. */
  note(key: string, count: number): void {
    this.cached.delete(key);
    if (!this.kept(key)) this.cached.set(key, count);
  }

  /** A partition read from memory: the most recent of the LRU if it is in it. */
  touch(key: string, count: number): void {
    if (this.cached.delete(key)) this.cached.set(key, count);
  }

  markHot(key: string, hot: boolean): void {
    if (hot) {
      this.hot.add(key);
      this.cached.delete(key);
    } else this.hot.delete(key);
  }

  /** Answers whether the partition was not pinned before. */
  pin(key: string): boolean {
    const was = this.pinned.has(key);
    this.pinned.add(key);
    this.cached.delete(key);
    return !was;
  }

  /** Back into the LRU (with its item count, when loaded), unless kept anyway. */
  unpin(key: string, count: number | undefined): void {
    if (this.pinned.delete(key) && count !== undefined && !this.kept(key)) this.cached.set(key, count);
  }

  /** Memory is ahead of the partition's file (see PartitionCache.written). */
  ahead(key: string): void {
    this.behind.add(key);
    this.cached.delete(key);
  }

  /** The partitions ahead of their files. */
  aheadKeys(): string[] {
    return [...this.behind];
  }

  /** The partition's file has caught up with memory. */
  caughtUp(key: string, count: number): void {
    this.behind.delete(key);
    this.note(key, count);
  }

  hold(keys: readonly string[]): void {
    for (const key of keys) this.busy.add(key);
  }

  release(): void {
    this.busy.clear();
  }

  forget(key: string): void {
    this.cached.delete(key);
    this.hot.delete(key);
  }

  /** The least recently used cached partitions beyond the bound, none a write is working on: no longer counted, to be dropped. */
  evict(): string[] {
    let total = 0;
    for (const count of this.cached.values()) total += count;
    const bound = this.resident?.cachedItems ?? Number.POSITIVE_INFINITY;
    const evicted: string[] = [];
    for (const [key, count] of this.cached) {
      if (total <= bound) break;
      if (this.busy.has(key)) continue;
      this.cached.delete(key);
      evicted.push(key);
      total -= count;
    }
    return evicted;
  }
}
