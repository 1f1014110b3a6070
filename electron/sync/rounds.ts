// How SyncWork portions its work: a round works on the documents of a few partners, which is
// about what memory holds of the documents at once (see DocCache).

import { type DocCache, IDLE_MS } from './doc-cache';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Partners whose documents one round works on: about what memory holds of the documents at once (see DocCache). */
export const PARTNERS_A_ROUND = 25;
/** Documents changed here and not yet acknowledged after which a round waits for the server (each stays in memory until then), at most BACKLOG_WAIT_MS. */
export const MAX_BACKLOG = 150;
export const BACKLOG_WAIT_MS = 30_000;
/** How soon a pull that did not reach the feed's stamps is asked for again. */
export const RETRY_MS = 2_000;

/** Takes the first `n` entries out of a set or map. */
export function takeFirst<K>(from: Set<K>, n: number): K[];
export function takeFirst<K, V>(from: Map<K, V>, n: number): [K, V][];
export function takeFirst<K, V>(from: Set<K> | Map<K, V>, n: number): (K | [K, V])[] {
  const taken: (K | [K, V])[] = [];
  for (const entry of from) {
    if (taken.length >= n) break;
    taken.push(entry);
    if (from instanceof Map) from.delete((entry as [K, V])[0]);
    else from.delete(entry as K);
  }
  return taken;
}

/** Takes the cases and bookings waiting to be written of at most `limit` partners out of their maps. */
export function takeItems<C extends { partnerId: string }, B extends { partnerId: string }>(
  cases: Map<string, C>,
  bookings: Map<string, B>,
  limit: number,
): { cases: C[]; bookings: B[] } {
  const partners = new Set<string>();
  const take = <T extends { partnerId: string }>(waiting: Map<string, T>): T[] => {
    const taken: T[] = [];
    for (const [id, item] of waiting) {
      if (!partners.has(item.partnerId)) {
        if (partners.size >= limit) continue;
        partners.add(item.partnerId);
      }
      taken.push(item);
      waiting.delete(id);
    }
    return taken;
  };
  return { cases: take(cases), bookings: take(bookings) };
}

/** Adds a partner's document to pull: one of its years, or every one (null: its PartnerDoc changed, or the index listed a year more). */
export function addPull(pulls: Map<string, Set<string> | 'all'>, partnerId: string, year: string | null): void {
  const wanted = pulls.get(partnerId);
  if (year === null) pulls.set(partnerId, 'all');
  else if (wanted === undefined) pulls.set(partnerId, new Set([year]));
  else if (wanted !== 'all') wanted.add(year);
}

/**
 * Between two rounds the documents of the last may leave memory, and the server catches up with
 * what was sent (a document changed here stays in memory until it has it).
 */
export async function breathe(cache: Pick<DocCache, 'trim'>, backlog: () => number | null): Promise<void> {
  await pause(IDLE_MS);
  await cache.trim();
  for (let waited = 0; waited < BACKLOG_WAIT_MS && (backlog() ?? 0) > MAX_BACKLOG; waited += 100) await pause(100);
}
