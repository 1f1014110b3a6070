import { createHash } from 'node:crypto';

import type { DeskStore } from '../handlers/context';
import type { AttentionEntry } from '../ipc/contract/sync';
import type { Logger } from '../ipc/services';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { partnerAttention } from './attention';
import { canonical } from './doc-values';
import { pullPartners, type PullWanted } from './pull';
import { claimPartners, pushItems, pushPartnerMain } from './push';
import { everyPartnerContent } from './records';
import type { TeamDocs } from './team-docs';

const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64');

/**
 * What is still to do between the store and the documents, done one step at a time: local
 * changes first (so a pull never writes an older value over one not yet in the documents), then
 * what peers changed, then the attention entries of every partner touched. Each set is keyed
 * (a partner, a record id): a burst of changes is one pending entry each, never a growing queue.
 */
export class SyncWork {
  private readonly main = new Set<string>();
  private readonly cases = new Map<string, StoredCase>();
  private readonly bookings = new Map<string, StoredBooking>();
  /** Partners to pull: the year documents a peer changed, or every one ('all': the index listed a year more, or the PartnerDoc changed). */
  private readonly pulls = new Map<string, Set<string> | 'all'>();
  /** Items already seen as they are (the store keeps an unchanged item's object when it rewrites its partition). */
  private readonly itemObjects = new WeakSet<object>();
  private readonly recheck = new Set<string>();
  private readonly mainSeen = new Map<string, string>();
  private readonly itemSeen = new Map<string, string>();
  private readonly yearsSeen = new Map<string, string>();
  private running: Promise<void> | null = null;
  private closed = false;
  attention: AttentionEntry[];
  /** Per partner, the records of its PartnerDoc this desk and the document last both held (see removals.ts). */
  private readonly seen: Map<string, ReadonlySet<string>>;

  constructor(
    private readonly store: DeskStore,
    private readonly docs: TeamDocs,
    private readonly log: Logger,
    private readonly now: () => string,
    kept: { attention: AttentionEntry[]; seen: Record<string, string[]> },
    /** The entries or `seen` changed: to keep in the sync state. */
    private readonly changed: () => void,
  ) {
    this.attention = kept.attention;
    this.seen = new Map(Object.entries(kept.seen).map(([partnerId, records]) => [partnerId, new Set(records)]));
  }

  /** What to keep of `seen` in the sync state. */
  seenToKeep(): Record<string, string[]> {
    return Object.fromEntries([...this.seen].map(([partnerId, records]) => [partnerId, [...records].sort()]));
  }

  private saw(partnerId: string, records: Set<string> | null): void {
    const before = this.seen.get(partnerId) ?? new Set<string>();
    if (records === null || (records.size === before.size && [...records].every((r) => before.has(r)))) return;
    this.seen.set(partnerId, records);
    this.changed();
  }

  /** desk.json was written: the partners whose part of it changed are to be written into their documents. */
  mainWritten(data: Readonly<DeskData>): void {
    for (const [partnerId, content] of everyPartnerContent(data)) {
      // The store writes records in its schema's key order, so their JSON is stable.
      const text = JSON.stringify(content);
      if (this.mainSeen.get(partnerId) === text) continue;
      this.mainSeen.set(partnerId, text);
      this.main.add(partnerId);
    }
    this.kick();
  }

  /** A partition of cases or bookings was written (or read): the items that changed since last seen are to be written. */
  itemsWritten(kind: 'cases' | 'bookings', items: readonly (StoredCase | StoredBooking)[]): void {
    let any = false;
    for (const item of items) {
      if (this.itemObjects.has(item)) continue;
      this.itemObjects.add(item);
      const hash = hashOf(item);
      if (this.itemSeen.get(item.id) === hash) continue;
      this.itemSeen.set(item.id, hash);
      if (kind === 'cases') this.cases.set(item.id, item as StoredCase);
      else this.bookings.set(item.id, item as StoredBooking);
      any = true;
    }
    if (any) this.kick();
  }

  /** A peer changed a document: of one partner, or the team's indexes (null), where partners may have arrived or gained a year. */
  remoteChanged(partnerId: string | null, year: string | null = null): void {
    if (partnerId !== null) this.pull(partnerId, year);
    else void this.indexChanged();
    this.kick();
  }

  /** Partners newly assigned to this manager, or with a year more, are pulled. */
  async indexChanged(): Promise<void> {
    try {
      for (const partnerId of await this.docs.mine()) {
        const years = (await this.docs.assignment(partnerId))?.years.join(',') ?? '';
        if (this.yearsSeen.get(partnerId) === years) continue;
        this.yearsSeen.set(partnerId, years);
        this.pull(partnerId, null);
      }
      this.kick();
    } catch (error) {
      this.log.error('Team sync could not read the team index', error);
    }
  }

  private pull(partnerId: string, year: string | null): void {
    const wanted = this.pulls.get(partnerId);
    if (year === null) this.pulls.set(partnerId, 'all');
    else if (wanted === undefined) this.pulls.set(partnerId, new Set([year]));
    else if (wanted !== 'all') wanted.add(year);
  }

  recompute(partnerId: string): void {
    this.recheck.add(partnerId);
    this.kick();
  }

  kick(): void {
    if (this.running || this.closed) return;
    this.running = this.run().finally(() => {
      this.running = null;
      if (this.busy()) this.kick();
    });
  }

  private busy(): boolean {
    return !this.closed && this.main.size + this.cases.size + this.bookings.size + this.pulls.size + this.recheck.size > 0;
  }

  /** Resolves once nothing is left to do (tests, close). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  close(): Promise<void> {
    this.closed = true;
    return this.idle();
  }

  private async step(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.log.error(`Team sync could not ${what}`, error);
    }
  }

  private async run(): Promise<void> {
    while (this.busy()) {
      const at = this.now();
      const main = [...this.main];
      this.main.clear();
      const partners = this.store.read().partners.filter((p) => main.includes(p.id));
      let ours = new Set<string>();
      await this.step('add partners to the team index', async () => (ours = await claimPartners(this.docs, partners, at)));
      for (const { id: partnerId } of partners) {
        if (ours.has(partnerId))
          await this.step('write a partner into its document', async () => {
            this.saw(partnerId, await pushPartnerMain(this.docs, this.store.read(), partnerId, this.seen.get(partnerId) ?? new Set()));
          });
        this.recheck.add(partnerId);
      }
      const cases = [...this.cases.values()];
      const bookings = [...this.bookings.values()];
      this.cases.clear();
      this.bookings.clear();
      if (cases.length + bookings.length > 0) await this.step('write cases and bookings into their documents', () => pushItems(this.docs, cases, bookings));
      for (const item of [...cases, ...bookings]) this.recheck.add(item.partnerId);
      if (this.main.size + this.cases.size + this.bookings.size > 0) continue;
      const pulls = [...this.pulls];
      this.pulls.clear();
      const pending = {
        partner: (id: string) => this.main.has(id),
        item: (id: string) => this.cases.has(id) || this.bookings.has(id),
        // What a pull stores came from the documents: the store's echo of it is nothing to write back.
        storing: (items: readonly (StoredCase | StoredBooking)[]) => {
          for (const item of items) this.itemSeen.set(item.id, hashOf(item));
        },
      };
      const wanted: PullWanted[] = [];
      for (const [partnerId, years] of pulls) {
        // Another manager's partner goes into the desk's store only if it holds it already (handed over).
        if (await this.owned(partnerId))
          wanted.push({ partnerId, only: years === 'all' ? undefined : [...years], seen: this.seen.get(partnerId) ?? new Set() });
      }
      if (wanted.length > 0)
        await this.step('store what another desk changed', async () => {
          const pulled = await pullPartners(this.store, this.log, this.docs, wanted, pending);
          for (const { partnerId, only } of wanted) {
            const outcome = pulled.get(partnerId);
            if (outcome?.deferred) for (const year of only ?? [null]) this.pull(partnerId, year);
            if (outcome) this.saw(partnerId, outcome.seen);
            this.recheck.add(partnerId);
          }
        });
      if (this.main.size + this.cases.size + this.bookings.size > 0) continue;
      const recheck = [...this.recheck];
      this.recheck.clear();
      for (const partnerId of recheck) await this.step('check the rules after a merge', () => this.recheckPartner(partnerId, at));
    }
  }

  private async owned(partnerId: string): Promise<boolean> {
    if (this.store.read().partners.some((p) => p.id === partnerId)) return true;
    return (await this.docs.assignment(partnerId))?.manager === this.docs.manager;
  }

  private async recheckPartner(partnerId: string, at: string): Promise<void> {
    const others = this.attention.filter((e) => e.partnerId !== partnerId);
    const mine = this.attention.filter((e) => e.partnerId === partnerId);
    const found = await partnerAttention(this.docs, this.store.read(), partnerId, mine, at);
    if (canonical(found) === canonical(mine)) return;
    this.attention = [...others, ...found];
    this.changed();
  }
}
