import { join } from 'node:path';

import type { DeskStore } from '../handlers/context';
import type { Logger } from '../ipc/services';
import { bookingsCollection, casesCollection, type DeskCollections, type DeskData, deskFile } from '../store/desk-data';
import { openStore } from '../store/store';
import { IDLE_MS } from './doc-cache';
import { canonical } from './doc-values';
import { FeedReader, type News } from './feed';
import { pullPartners } from './pull-batch';
import { everyPartnerContent } from './records';
import { recordKeys } from './removals';
import { PARTNERS_A_ROUND, pause, RETRY_MS, takeFirst } from './rounds';
import type { TeamDocs } from './team-docs';

/** The lead's copy of the team's partners, beside the desk's data (not in sync/: backups leave it, it is made again from the documents). */
export const TEAM_VIEW_DIR = 'team-view';

const nothingPending = { partner: () => false, item: () => false };

/**
 * The team lead's read-only view: every partner of the team index, as its documents hold it, in
 * a store of its own (`<data>/team-view/`) so the Reports view builds the same quota and billing
 * summaries over it as over the desk's own partners. Nothing on the page writes it: it follows
 * the documents (a partner written or changed anywhere is copied again), and a record gone from
 * them goes from it. The desk's own store never receives another manager's partners.
 */
export class TeamView {
  private opened: Promise<DeskStore> | null = null;
  private readonly wanted = new Set<string>();
  private running: Promise<void> | null = null;
  private closed = false;

  constructor(
    /** The desk's own store: its price book, calendar and settings are the view's too. */
    private readonly own: DeskStore,
    private readonly dataDir: string,
    private readonly docs: TeamDocs,
    private readonly log: Logger,
    private readonly now: () => Date,
  ) {
    this.feed = new FeedReader(docs, null);
  }

  /** The view's store, opened on first use, with the desk's own price book, calendar and settings. */
  async store(): Promise<DeskStore> {
    this.opened ??= openStore<DeskData, DeskCollections>({
      dir: join(this.dataDir, TEAM_VIEW_DIR),
      main: deskFile,
      collections: { cases: casesCollection, bookings: bookingsCollection },
      now: this.now,
      keepBackups: 1,
      onNotice: (notice) => this.log.error(`The team view set a damaged file aside: ${notice.file}`, new Error(notice.reason)),
    });
    const store = await this.opened;
    const own = this.own.read();
    const deskWide = { settings: own.settings, priceBook: own.priceBook, priceBookReviewed: own.priceBookReviewed, calendar: own.calendar };
    const held = store.read();
    if (
      canonical(deskWide) !==
      canonical({ settings: held.settings, priceBook: held.priceBook, priceBookReviewed: held.priceBookReviewed, calendar: held.calendar })
    )
      await store.mutate((current) => ({ next: { ...current, ...deskWide }, result: undefined }));
    return store;
  }

  /** Every desk's stamps count here: the lead's own partners are copied from the documents too. */
  private readonly feed: FeedReader;
  private readonly news = new Map<string, News>();

  /** The team index changed: partners new to it, or whose documents a desk changed since they were copied (see feed.ts), are copied. */
  async indexChanged(): Promise<void> {
    const held = new Set((await this.store()).read().partners.map((p) => p.id));
    for (const news of await this.feed.news(Object.keys((await this.docs.teamIndex()).doc().partners), (partnerId) => !held.has(partnerId))) {
      this.news.set(news.partnerId, news);
      this.want(news.partnerId);
    }
  }

  /** A partner's documents changed (here or on another desk): it is copied again. */
  want(partnerId: string): void {
    if (this.closed) return;
    this.wanted.add(partnerId);
    this.running ??= this.run().finally(() => {
      this.running = null;
    });
  }

  private async run(): Promise<void> {
    const store = await this.store();
    while (this.wanted.size > 0 && !this.closed) {
      const partners = takeFirst(this.wanted, PARTNERS_A_ROUND);
      await this.docs.cache.hold(() => this.copy(store, partners));
      // The documents of this round may leave memory before the next (see DocCache).
      await pause(IDLE_MS);
      await this.docs.cache.trim();
    }
  }

  private async copy(store: DeskStore, partners: readonly string[]): Promise<void> {
    const news = partners.map((partnerId) => this.news.get(partnerId));
    for (const partnerId of partners) this.news.delete(partnerId);
    try {
      // Whatever the view holds and the documents no longer do was removed there.
      const held = everyPartnerContent(store.read());
      const wanted = partners.map((partnerId, i) => ({ partnerId, seen: recordKeys(held.get(partnerId) ?? null), news: news[i] }));
      const pulled = await pullPartners(store, this.log, this.docs, wanted, nothingPending);
      let again = false;
      for (const [i, partnerId] of partners.entries()) {
        const of = news[i];
        if (!of) continue;
        const reached = pulled.get(partnerId)?.reached === true;
        this.feed.done(partnerId, of.text, reached);
        again ||= !reached;
      }
      // Stamps not reached yet: the changes are still on their way; the feed asks again shortly.
      if (again) setTimeout(() => void this.indexChanged().catch(() => undefined), RETRY_MS).unref?.();
    } catch (error) {
      this.log.error('Team sync could not copy partners into the team view', error);
    }
  }

  /** Resolves once every partner asked for is copied (tests, close). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.idle();
    if (this.opened) await (await this.opened).close();
  }
}
