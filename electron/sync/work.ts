import type { DeskStore } from '../handlers/context';
import type { AttentionEntry } from '../ipc/contract/sync';
import type { Logger } from '../ipc/services';
import type { DeskData } from '../store/desk-data';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import { attentionAfter } from './attention';
import { FeedReader, type News, PARTNER_KEY } from './feed';
import type { ItemKind } from './held';
import { LocalChanges } from './local-changes';
import { nothingPulled, ownedHere, type Pulled, PullReads, type PullWanted, readPulls, storePulls } from './pull-batch';
import { claimPartners, pushItems, pushPartnerMain } from './push';
import type { CheckedYear } from './records';
import { SeenRecords } from './removals';
import { addPull, breathe, PARTNERS_A_ROUND, RETRY_MS, takeFirst } from './rounds';
import type { WorkState as Kept } from './state';
import type { TeamDocs } from './team-docs';

/**
 * What is still to do between the store and the documents, done one step at a time: local
 * changes first (so a pull never writes an older value over one not yet in the documents), then
 * what peers changed, then the rules of every partner touched. Each set is keyed (a partner, a
 * record id): a burst of changes is one pending entry each, never a growing queue.
 */
export class SyncWork {
  private readonly local: LocalChanges;
  /** Partners to pull: the year documents a peer changed, or every one ('all': the index listed a year more, or the PartnerDoc changed). */
  private readonly pulls = new Map<string, Set<string> | 'all'>();
  private readonly recheck = new Set<string>();
  private readonly reads = new PullReads();
  private readonly feed: FeedReader;
  private running: Promise<void> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  attention: AttentionEntry[];
  private readonly seen: SeenRecords;

  constructor(
    private readonly store: DeskStore,
    private readonly docs: TeamDocs,
    private readonly log: Logger,
    private readonly now: () => string,
    kept: Kept,
    /** The entries, `seen` or the feed pulled changed: to keep in the sync state. */
    private readonly changed: () => void,
    /** Changes made here the server has not acknowledged yet; null while not connected. */
    private readonly backlog: () => number | null = () => null,
  ) {
    this.attention = kept.attention;
    this.local = new LocalChanges(kept.held);
    this.seen = new SeenRecords(kept.seen, kept.bases);
    this.feed = new FeedReader(docs, String(docs.repo.peerId), kept.feed);
  }

  /** What to keep in the sync state; `closed`: after the documents were flushed to disk, when what they hold of the store is kept too (see held.ts). */
  toKeep(closed = false): Kept {
    return { attention: this.attention, ...this.seen.toKeep(), feed: this.feed.toKeep(), held: this.local.heldToKeep(closed) };
  }

  /** desk.json was written: the partners whose part of it changed are to be written into their documents. */
  mainWritten(data: Readonly<DeskData>): void {
    if (this.local.mainWritten(data)) this.kick();
  }

  /**
   * A partition of cases or bookings was written (or read; null: one was removed): the items changed since last seen are to be written.
   * `atStart`: every item of the store, where a partner-year as the documents held it at the last close is not written again (see held.ts).
   */
  itemsWritten(kind: ItemKind, items: readonly (StoredCase | StoredBooking)[] | null, atStart = false): void {
    if (items === null) this.local.itemsRemoved();
    else if (atStart ? this.local.itemsAtStart(kind, items) : this.local.itemsWritten(kind, items)) this.kick();
  }

  /** A peer changed a document: of one partner, or the team's indexes (null), where partners may have arrived or gained a year. */
  remoteChanged(partnerId: string | null, year: string | null = null): void {
    if (partnerId !== null) addPull(this.pulls, partnerId, year);
    else void this.indexChanged();
    this.kick();
  }

  /** The feed (see feed.ts): this manager's partners whose documents another desk changed since they were pulled, or newly assigned, are pulled. */
  async indexChanged(): Promise<void> {
    try {
      const onDesk = new Set(this.store.read().partners.map((p) => p.id));
      for (const news of await this.feed.news(await this.docs.mine(), (partnerId) => !onDesk.has(partnerId))) {
        this.news.set(news.partnerId, news);
        for (const key of news.keys === 'all' ? [PARTNER_KEY] : news.keys) addPull(this.pulls, news.partnerId, key === PARTNER_KEY ? null : key);
      }
      this.kick();
    } catch (error) {
      this.log.error('Team sync could not read the team index', error);
    }
  }

  /** Per partner to pull, what the feed told of it: the stamps the pull must reach (see FeedReader). */
  private readonly news = new Map<string, News>();

  /** A pull that did not reach the stamps is asked for again shortly (the changes may still be on their way to the server). */
  private pullAgainLater(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.indexChanged();
    }, RETRY_MS);
    this.retry.unref?.();
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
    return !this.closed && this.local.size + this.pulls.size + this.reads.size + this.recheck.size > 0;
  }

  /** Resolves once nothing is left to do (tests, close). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
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
      await this.docs.cache.hold(() => this.round());
      if (this.busy()) await breathe(this.docs.cache, this.backlog);
    }
  }

  /**
   * One round: the local changes of a few partners first, then what peers changed; then the rules
   * of the partners it touched (with what their pull read) and of a few waiting. A peer's change
   * to pull goes first, after one check: the partners not checked yet wait, to be read again.
   */
  private async round(): Promise<void> {
    const at = this.now();
    const touched = new Map<string, ReadonlyMap<string, CheckedYear>>();
    await this.exchange(at, touched);
    const waiting = this.local.size > 0 ? [] : takeFirst(this.recheck, PARTNERS_A_ROUND).filter((id) => !touched.has(id));
    const next = [...touched, ...waiting.map((id) => [id, undefined] as const)];
    for (const [i, [partnerId, read]] of next.entries()) {
      if (i > 0 && this.pulls.size > 0) return next.slice(i).forEach(([id]) => this.recheck.add(id));
      this.recheck.delete(partnerId);
      await this.step('check the rules after a merge', () => this.recheckPartner(partnerId, at, read));
    }
  }

  /** Writes the local changes of a few partners into their documents, else stores what peers changed of a few; `touched` gains each partner (and what a pull checked). */
  private async exchange(at: string, touched: Map<string, ReadonlyMap<string, CheckedYear>>): Promise<void> {
    // What was read is stored before a local change is written: the store leaves what changed here since (see Pending).
    if (this.local.size > 0 && this.reads.size > 0) await this.storeReads(touched);
    const main = new Set(takeFirst(this.local.main, PARTNERS_A_ROUND));
    const partners = this.store.read().partners.filter((p) => main.has(p.id));
    let ours = new Set<string>();
    await this.step('add partners to the team index', async () => (ours = await claimPartners(this.docs, partners, at)));
    for (const { id: partnerId } of partners) {
      // A partner whose document already held it all (what a pull just stored) was checked with that pull.
      if (!ours.has(partnerId)) touched.set(partnerId, new Map());
      else
        await this.step('write a partner into its document', async () => {
          const { both, changed, base } = await pushPartnerMain(this.docs, this.store.read(), partnerId, this.seen);
          if (this.seen.saw(partnerId, both, base)) this.changed();
          if (changed) touched.set(partnerId, new Map());
        });
    }
    // Every partner is in the team index before its cases are written (pushItems writes only this manager's).
    if (this.local.main.size > 0) return;
    const { cases, bookings } = this.local.takeItems(PARTNERS_A_ROUND);
    const write = async () => {
      const { written, behind } = await pushItems(this.docs, cases, bookings);
      this.local.written({ cases, bookings }, written);
      behind.forEach(({ partnerId, year }) => addPull(this.pulls, partnerId, year));
    };
    if (cases.length + bookings.length > 0) await this.step('write cases and bookings into their documents', write);
    for (const item of [...cases, ...bookings]) touched.set(item.partnerId, new Map());
    if (this.local.size > 0) return;
    const pulls = takeFirst(this.pulls, PARTNERS_A_ROUND);
    const wanted: PullWanted[] = [];
    for (const [partnerId, years] of pulls) {
      const news = this.news.get(partnerId);
      this.news.delete(partnerId);
      // Another manager's partner goes into the desk's store only if it holds it already (handed over).
      if (await ownedHere(this.store, this.docs, partnerId))
        wanted.push({
          partnerId,
          only: years === 'all' ? undefined : [...years],
          seen: this.seen.of(partnerId),
          news,
        });
      else if (news) this.feed.done(partnerId, news.text, false);
    }
    if (wanted.length > 0) {
      if (this.reads.holdsAny(wanted)) await this.storeReads(touched);
      await this.step('read what another desk changed', async () => {
        const { read, empty } = await readPulls(this.docs, this.log, wanted);
        this.reads.add(read);
        for (const want of empty) this.pulled(want, nothingPulled(), touched);
      });
    }
    if (this.reads.ready(this.pulls.size > 0)) await this.storeReads(touched);
  }

  /** Stores what was read (see PullReads). */
  private async storeReads(touched: Map<string, ReadonlyMap<string, CheckedYear>>): Promise<void> {
    const reads = this.reads.take();
    await this.step('store what another desk changed', async () => {
      const stored = await storePulls(this.store, this.docs, reads, this.local.pending);
      for (const read of reads) this.pulled(read, stored.get(read.partnerId), touched);
    });
  }

  private pulled({ partnerId, only, news }: PullWanted, outcome: Pulled | undefined, touched: Map<string, ReadonlyMap<string, CheckedYear>>): void {
    if (outcome?.deferred) for (const year of only ?? [null]) addPull(this.pulls, partnerId, year);
    if (outcome && this.seen.saw(partnerId, outcome.seen, outcome.base)) this.changed();
    touched.set(partnerId, outcome?.checked ?? new Map());
    if (!news) return;
    const reached = outcome !== undefined && outcome.reached && !outcome.deferred;
    this.feed.done(partnerId, news.text, reached);
    if (reached) this.changed();
    else this.pullAgainLater();
  }

  private async recheckPartner(partnerId: string, at: string, read?: ReadonlyMap<string, CheckedYear>): Promise<void> {
    const next = await attentionAfter(this.docs, this.store.read(), partnerId, this.attention, at, read);
    if (!next) return;
    this.attention = next;
    this.changed();
  }
}
