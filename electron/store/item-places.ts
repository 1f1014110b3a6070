/** Ids placed between two turns of the event loop after open (a few milliseconds' work). */
const PLACE_SLICE = 15_000;
const PLACE_AFTER_MS = 1_000;

/**
 * Each item's partition, for every item of a collection. A Map of 150,000 ids takes 40 to 100 ms
 * to fill, so at an open where every file checked out, the partitions the index vouched for are
 * only noted (`defer`): their ids are placed a slice at a time once the open has answered, or all
 * at once by the first caller that needs the map. Safe because an entry's ids stay as they were
 * at open until the map is first used: every write plans through the map first.
 */
export class ItemPlaces {
  private readonly placed = new Map<string, string>();
  private unplaced: string[] = [];
  private unplacedIds = 0;

  constructor(private readonly idsOf: (key: string) => readonly string[]) {}

  get map(): Map<string, string> {
    if (this.unplaced.length > 0) this.placeSome(Number.POSITIVE_INFINITY);
    return this.placed;
  }

  /** How many items there are, without filling the map. */
  get size(): number {
    return this.placed.size + this.unplacedIds;
  }

  /** Forgets every item, placed or not (a collection cleared). */
  clear(): void {
    this.placed.clear();
    this.unplaced = [];
    this.unplacedIds = 0;
  }

  /** Notes a partition whose ids (the index's) are placed later. */
  defer(key: string): void {
    this.unplaced.push(key);
    this.unplacedIds += this.idsOf(key).length;
  }

  /**
   * Resolves once every id is placed, placing what is left a slice at a time with the event loop
   * let through between slices: a write or a look-up soon after the open waits for the map
   * without holding main for the whole of it.
   */
  async whenPlaced(): Promise<void> {
    while (this.unplaced.length > 0) {
      this.placeSome(PLACE_SLICE);
      if (this.unplaced.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /** Places what was deferred in slices, starting a moment after the open (the first screen's questions first). */
  placeLater(): void {
    const slice = () => {
      this.placeSome(PLACE_SLICE);
      if (this.unplaced.length > 0) setImmediate(slice);
    };
    if (this.unplaced.length > 0) setTimeout(slice, PLACE_AFTER_MS).unref();
  }

  private placeSome(limit: number): void {
    let done = 0;
    while (this.unplaced.length > 0 && done < limit) {
      const key = this.unplaced.pop()!;
      const ids = this.idsOf(key);
      for (const id of ids) this.placed.set(id, key);
      done += ids.length;
      this.unplacedIds -= ids.length;
    }
  }
}
