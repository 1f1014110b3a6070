/** Facts kept parsed: two months of days (a case logged counts its month's days, asked again and again). */
const FACTS_REMEMBERED = 62;

/**
 * The facts parsed lately (see PartitionedCollection.factsOf), least recently used first: each
 * partition's are dropped when it changes, so what is kept is always its current facts.
 */
export class FactsMemory {
  private readonly parsed = new Map<string, unknown>();

  constructor(private readonly limit = FACTS_REMEMBERED) {}

  /** A partition's parsed facts, if kept (now the most recent). */
  get(key: string): unknown {
    const facts = this.parsed.get(key);
    if (facts !== undefined) {
      this.parsed.delete(key);
      this.parsed.set(key, facts);
    }
    return facts;
  }

  set(key: string, facts: unknown): void {
    this.parsed.delete(key);
    this.parsed.set(key, facts);
    if (this.parsed.size > this.limit) this.parsed.delete(this.parsed.keys().next().value!);
  }

  /** The partition changed: its facts are no longer the ones kept. */
  forget(key: string): void {
    this.parsed.delete(key);
  }
}
