import type * as A from '@automerge/automerge';

import type { DeskStore } from '../handlers/context';
import type { Logger } from '../ipc/services';
import type { StoredBooking } from '../store/records/bookings';
import type { StoredCase } from '../store/records/cases';
import type { News } from './feed';
import { differs, mergedMain, type Pending, readPartnerDocs, settleMerges } from './pull';
import { checkedPartner, type CheckedYear, checkedYear, everyPartnerContent, partnerContent } from './records';
import { heldByBoth, recordKeys, removedThere } from './removals';
import type { TeamDocs } from './team-docs';

/** One partner to pull: the years a peer changed (all when not given), and what it and the document last both held. */
export type PullWanted = {
  partnerId: string;
  only?: readonly string[] | undefined;
  seen: ReadonlySet<string>;
  /** What the feed told of the partner: its documents must reach `news.reach` (see readPartnerDocs). */
  news?: News | undefined;
};

/** A partner's documents as read and checked, to store (see storePulls). Holds no document: they may leave memory meanwhile. */
export type PullRead = PullWanted & {
  inDoc: ReturnType<typeof recordKeys>;
  checked: ReturnType<typeof checkedPartner>;
  /** Per year read, its cases and bookings as checked. */
  years: Map<string, CheckedYear>;
  reached: boolean;
  /** The PartnerDoc's version read. */
  heads: A.Heads;
};

/**
 * `checked`: the year documents read, as checked (for the rules check that follows, see
 * partnerAttention). `base`: the PartnerDoc's version desk.json now holds all of (see
 * pushPartnerMain); null when its part was left for later.
 */
export type Pulled = { deferred: boolean; seen: Set<string> | null; reached: boolean; checked: ReadonlyMap<string, CheckedYear>; base: A.Heads | null };

/** The outcome of a pull that found no profile in the partner's document: nothing stored, asked for again. */
export const nothingPulled = (): Pulled => ({ deferred: false, seen: null, reached: false, checked: new Map(), base: null });

/** Cases read to store at once, at most, while more is to be read (see PullReads). */
export const STORE_EVERY = 50_000;

const casesIn = (read: PullRead) => [...read.years.values()].reduce((n, y) => n + y.cases.ok.length, 0);

/**
 * Reads and checks partners' documents, one partner after another (see readPartnerDocs), and
 * writes each record two desks merged back into its document (see settleMerges). A record that
 * does not pass the store's checks is logged, not stored.
 * `empty`: partners whose document holds no profile yet (nothing to store).
 */
export async function readPulls(docs: TeamDocs, log: Logger, wanted: readonly PullWanted[]): Promise<{ read: PullRead[]; empty: PullWanted[] }> {
  const read: PullRead[] = [];
  const empty: PullWanted[] = [];
  for (const want of wanted) {
    const { content, heads, years, reached } = await readPartnerDocs(docs, want.partnerId, want.only, want.news?.reach);
    if (!content?.profile) {
      empty.push(want);
      continue;
    }
    const checked = checkedPartner(content);
    const byYear = new Map(years.map((y) => [y.year, checkedYear(y.doc, docs.manager)]));
    for (const invalid of [...Object.values(checked), ...[...byYear.values()].flatMap((y) => [y.cases, y.bookings])].flatMap((c) => c.invalid)) {
      log.error(
        `Team sync: a record from another desk does not pass the store's checks and was not stored (partner ${want.partnerId}, record ${invalid.id})`,
        new Error(invalid.reason),
      );
    }
    // Written back now, while the documents are as read (a value changed since would be overwritten later).
    await settleMerges(docs, want.partnerId, byYear);
    read.push({ ...want, inDoc: recordKeys(content), checked, years: byYear, reached, heads });
  }
  return { read, empty };
}

/**
 * Writes what was read into the store where it differs, and takes out of the store what a peer
 * removed (see removals.ts), all in one transaction: a desk receiving a portfolio stores its
 * cases in a few large writes (each rewrites the day files its cases fall on, and reads them
 * first). Answers per partner whether something was left for later (a record changed here and
 * not yet in the documents), and what the desk and the document both hold afterwards (the next
 * `seen`; null when desk.json's part was left for later). Each partner once.
 */
export async function storePulls(store: DeskStore, docs: TeamDocs, read: readonly PullRead[], pending: Pending): Promise<Map<string, Pulled>> {
  const deferred = new Set<string>();
  const mainDeferred = new Set<string>();
  try {
    await store.transact(async (data, tx) => {
      let main = data;
      const changedCases: StoredCase[] = [];
      const changedBookings: StoredBooking[] = [];
      for (const partner of read) {
        const { partnerId } = partner;
        if (pending.partner(partnerId)) {
          deferred.add(partnerId);
          mainDeferred.add(partnerId);
        } else
          main = mergedMain(main, partnerId, partner.checked, removedThere(recordKeys(partnerContent(main, partnerId)), partner.inDoc, partner.seen)) ?? main;
        for (const year of partner.years.values()) {
          for (const c of year.cases.ok) {
            if (pending.item(c.id)) deferred.add(partnerId);
            else if (!pending.holds?.(c) && differs(await store.collection('cases').get(c.id), c)) changedCases.push(c);
          }
          for (const b of year.bookings.ok) {
            if (pending.item(b.id)) deferred.add(partnerId);
            else if (!pending.holds?.(b) && differs(await store.collection('bookings').get(b.id), b)) changedBookings.push(b);
          }
        }
      }
      if (main !== data) {
        pending.storingMain?.(
          main,
          read.map((r) => r.partnerId).filter((id) => !mainDeferred.has(id)),
        );
        tx.setMain(main);
      }
      pending.storing?.([...changedCases, ...changedBookings]);
      if (changedCases.length > 0) tx.putMany('cases', changedCases);
      if (changedBookings.length > 0) tx.putMany('bookings', changedBookings);
    });
  } finally {
    pending.stored?.();
  }
  // desk.json as the transaction left it, grouped once for every partner pulled.
  const stored = everyPartnerContent(store.read());
  const pulled = new Map<string, Pulled>();
  for (const partner of read) {
    const { partnerId } = partner;
    // A record the store's checks refused is not held here: the version it came in is not this desk's base.
    const held = !mainDeferred.has(partnerId) && Object.values(partner.checked).every((part) => part.invalid.length === 0);
    const after = !mainDeferred.has(partnerId) ? heldByBoth(recordKeys(stored.get(partnerId) ?? null), partner.inDoc) : null;
    pulled.set(partnerId, {
      deferred: deferred.has(partnerId),
      seen: after,
      reached: partner.reached,
      checked: partner.years,
      base: held ? partner.heads : null,
    });
  }
  return pulled;
}

/** Whether a partner's documents go into this desk's store: it holds the partner already (handed over), or the team index gives it to this manager. */
export async function ownedHere(store: DeskStore, docs: TeamDocs, partnerId: string): Promise<boolean> {
  if (store.read().partners.some((p) => p.id === partnerId)) return true;
  return (await docs.assignment(partnerId))?.manager === docs.manager;
}

/** Reads partners' documents and stores them at once (see readPulls and storePulls). */
export async function pullPartners(
  store: DeskStore,
  log: Logger,
  docs: TeamDocs,
  wanted: readonly PullWanted[],
  pending: Pending,
): Promise<Map<string, Pulled>> {
  const { read, empty } = await readPulls(docs, log, wanted);
  const pulled = read.length > 0 ? await storePulls(store, docs, read, pending) : new Map<string, Pulled>();
  for (const { partnerId } of empty) pulled.set(partnerId, nothingPulled());
  return pulled;
}

/**
 * What was read and not yet stored. A desk catching up reads a few partners a round (their
 * documents in memory) but stores what it read at most every STORE_EVERY cases: each store
 * rewrites every day file its cases fall on, and a partner's cases fall on most days.
 */
export class PullReads {
  private readonly reads: PullRead[] = [];
  private cases = 0;

  get size(): number {
    return this.reads.length;
  }

  /** Whether one of these partners was read and is not stored yet (stored first, so each is stored once). */
  holdsAny(wanted: readonly PullWanted[]): boolean {
    return wanted.some((w) => this.reads.some((r) => r.partnerId === w.partnerId));
  }

  add(read: readonly PullRead[]): void {
    for (const r of read) {
      this.reads.push(r);
      this.cases += casesIn(r);
    }
  }

  /** To store now: enough is waiting, or nothing more is to be read. */
  ready(moreToRead: boolean): boolean {
    return this.reads.length > 0 && (!moreToRead || this.cases >= STORE_EVERY);
  }

  take(): PullRead[] {
    this.cases = 0;
    return this.reads.splice(0);
  }
}
