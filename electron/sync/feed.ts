import * as A from '@automerge/automerge';
import type { DocHandle } from '@automerge/automerge-repo';

import { canonical, writeValue } from './doc-values';
import type { Stamps } from './documents';
import type { TeamDocs } from './team-docs';

// The team index's change feed. A desk keeps a partner's documents in memory only while it works
// on them (see DocCache), and hears of a peer's change only to a document it has open; so each
// desk that changes a partner document stamps the partner's index entry with the heads it left
// that document at (`stamps[key][desk]`, key `partner` or the year). The index is always open:
// a desk that finds stamps of other desks it has not pulled yet opens those documents, waits
// until they hold the stamped heads, and pulls them.

export const PARTNER_KEY = 'partner';

/** How long after a change its stamp is written (the changes of a burst share one change of the index). */
const STAMP_DELAY_MS = 20;

type AnyMap = Record<string, unknown>;

/** An Automerge head: 64 hex digits. */
export const HEAD = /^[0-9a-f]{64}$/;

/** The stamps of other desks than `me`, per key: what a pull must reach. */
export function othersStamps(stamps: Stamps | undefined, me: string): Stamps {
  const others: Stamps = {};
  for (const [key, byDesk] of Object.entries(stamps ?? {})) {
    const of = Object.entries(byDesk).filter(([desk]) => desk !== me);
    if (of.length > 0) others[key] = Object.fromEntries(of);
  }
  return others;
}

/** The keys whose stamps differ between `now` and what was pulled before (`before`, as `stampsText` wrote it). */
export function changedKeys(now: Stamps, before: string | undefined): string[] {
  const was = (before === undefined ? {} : (JSON.parse(before) as Stamps)) ?? {};
  return Object.keys(now).filter((key) => canonical(now[key]) !== canonical(was[key]));
}

export const stampsText = (stamps: Stamps) => canonical(stamps);

/** The heads a document must hold: each desk's stamp, its malformed ones left out. */
export const headsToReach = (byDesk: Record<string, string> | undefined): string[][] =>
  Object.values(byDesk ?? {})
    .map((text) => text.split(','))
    .filter((heads) => heads.length > 0 && heads.every((h) => HEAD.test(h)));

/** Resolves once the document holds every one of `heads` (true), or after `ms` without (false). */
export function reachedHeads(handle: DocHandle<unknown>, heads: readonly string[][], ms: number): Promise<boolean> {
  const holds = () => handle.isReady() && heads.every((h) => A.hasHeads(handle.doc() as A.Doc<unknown>, h));
  if (holds()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const check = () => {
      if (!holds()) return;
      done(true);
    };
    const timer = setTimeout(() => done(false), ms);
    const done = (reached: boolean) => {
      clearTimeout(timer);
      handle.off('change', check);
      resolve(reached);
    };
    handle.on('change', check);
  });
}

/** Gathers the stamps of the partner documents changed here and writes them into the team index, one change for a burst. */
export class StampWriter {
  private readonly pending = new Map<string, { partnerId: string; key: string; heads: string }>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly docs: TeamDocs,
    private readonly me: string,
  ) {}

  add(partnerId: string, key: string, heads: readonly string[]): void {
    this.pending.set(`${partnerId}\u0000${key}`, { partnerId, key, heads: [...heads].sort().join(',') });
    this.timer ??= setTimeout(() => void this.write(), STAMP_DELAY_MS);
  }

  write(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const stamps = [...this.pending.values()];
    this.pending.clear();
    if (stamps.length === 0) return this.writing;
    const write = this.writing.then(async () => {
      const index = await this.docs.teamIndex();
      this.docs.change(index, (doc) => {
        let changed = false;
        for (const { partnerId, key, heads } of stamps) {
          const entry = doc.partners[partnerId] as unknown as AnyMap | undefined;
          // A partner not in the index is not this desk's to write (see claimPartners).
          if (!entry) continue;
          if (entry.stamps === undefined) entry.stamps = {};
          if ((entry.stamps as AnyMap)[key] === undefined) (entry.stamps as AnyMap)[key] = {};
          changed = writeValue((entry.stamps as AnyMap)[key] as AnyMap, this.me, heads, 'plain') || changed;
        }
        return changed;
      });
    });
    // A failed write loses nothing later writes need: each carries the heads of its own changes.
    this.writing = write.catch(() => undefined);
    return write;
  }
}

/** A partner whose documents other desks changed since this desk last pulled them. */
export type News = {
  partnerId: string;
  /** The documents to pull: the keys whose stamps changed, or every one. */
  keys: string[] | 'all';
  /** The stamps a pull must reach (see headsToReach). */
  reach: Stamps;
  /** What to note once the pull reached them. */
  text: string;
};

/**
 * What this desk has pulled of the feed: per partner, the stamps it last pulled to. `me` names the
 * desk whose own stamps are left out (a desk's own changes are in its store already); null
 * counts every desk's (the lead's team view copies the lead's own partners from the documents too).
 */
export class FeedReader {
  private readonly pulled: Map<string, string>;
  /** Asked for and not yet pulled: not asked for again until the stamps change once more. */
  private readonly asked = new Map<string, string>();

  constructor(
    private readonly docs: TeamDocs,
    private readonly me: string | null,
    pulled: Record<string, string> = {},
  ) {
    this.pulled = new Map(Object.entries(pulled));
  }

  /** The partners among `partners` whose stamps moved since they were last pulled; `fresh` ones (never pulled, not on this desk) are pulled whole. */
  async news(partners: readonly string[], fresh: (partnerId: string) => boolean): Promise<News[]> {
    const news: News[] = [];
    for (const partnerId of partners) {
      const stamps = (await this.docs.assignment(partnerId))?.stamps;
      const reach = this.me === null ? (stamps ?? {}) : othersStamps(stamps, this.me);
      const text = stampsText(reach);
      const before = this.pulled.get(partnerId);
      if (before === text || this.asked.get(partnerId) === text) continue;
      const keys = before === undefined && fresh(partnerId) ? 'all' : changedKeys(reach, before);
      if (keys !== 'all' && keys.length === 0) {
        // Only a desk's stamp gone (its own entry rewritten): nothing to pull.
        this.pulled.set(partnerId, text);
        continue;
      }
      this.asked.set(partnerId, text);
      news.push({ partnerId, keys, reach, text });
    }
    return news;
  }

  /** The partner's documents were pulled to these stamps (`reached`), or the pull is to be asked for again. */
  done(partnerId: string, text: string, reached: boolean): void {
    if (this.asked.get(partnerId) === text) this.asked.delete(partnerId);
    if (reached) this.pulled.set(partnerId, text);
  }

  toKeep(): Record<string, string> {
    return Object.fromEntries(this.pulled);
  }
}
