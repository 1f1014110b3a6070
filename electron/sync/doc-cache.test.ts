import { generateAutomergeUrl, parseAutomergeUrl, Repo, type StorageAdapterInterface } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { IDLE_MS, KEPT } from './doc-cache';
import { TeamDocs } from './team-docs';

// automerge-repo races each load against a promise that never settles unless the find's signal
// is aborted; that promise then keeps every document as loaded. A desk opens thousands in a day.

let repo: Repo | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  // shutdown's flush throws on a document not ready (one a load found nowhere).
  await repo?.shutdown().catch(() => undefined);
  repo = null;
});

const idle = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS + 50));
/** A load is let go once its find settled: a turn of the event loop later. */
const aTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("a document's load, let go", () => {
  it('once the document leaves memory, and for those still open at close', async () => {
    const inner = vi.spyOn(Repo.prototype, 'find');
    repo = new Repo({ network: [] });
    const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
    await docs.teamIndex();
    for (let i = 0; i < KEPT + 2; i++) await docs.year(`p${i}`, '2026');
    const signals = inner.mock.calls.map(([, options]) => options?.signal);
    expect(signals).toHaveLength(KEPT + 3);
    expect(signals.every((signal) => signal instanceof AbortSignal && !signal.aborted)).toBe(true);

    await idle();
    await docs.cache.trim();
    await aTurn();
    expect(docs.cache.inMemory).toBe(KEPT);
    // The two partner years used first left; the team index never leaves.
    expect(signals.map((signal) => signal!.aborted)).toEqual([false, true, true, ...Array<boolean>(KEPT).fill(false)]);

    await docs.close();
    await aTurn();
    expect(signals.every((signal) => signal!.aborted)).toBe(true);
  });

  it("the repo's own finds as well (a peer's message that brings a document back); a find that starts no load needs none", async () => {
    const inner = vi.spyOn(Repo.prototype, 'find');
    repo = new Repo({ network: [] });
    const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
    // A document this desk does not hold: the repo loads it (from storage, else from the peers).
    const { documentId } = parseAutomergeUrl(generateAutomergeUrl());
    await repo.find(documentId, { allowableStates: ['ready', 'unavailable', 'requesting'] });
    const signal = inner.mock.calls.at(-1)?.[1]?.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    // One it holds ready: found at once, nothing to let go (a message for it comes many times).
    const held = repo.create({ kind: 'partner-year' });
    await repo.find(held.documentId);
    expect(inner.mock.calls.at(-1)?.[1]?.signal).toBeUndefined();
    await docs.close();
    await aTurn();
    expect(signal?.aborted).toBe(true);
  });

  it('a load still reading from disk at close is let go only once its find settled (no rejection left unheard)', async () => {
    const unheard: unknown[] = [];
    const hear = (reason: unknown) => unheard.push(reason);
    process.on('unhandledRejection', hear);
    try {
      repo = new Repo({ network: [], storage: new SlowStorage() });
      const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
      const { documentId } = parseAutomergeUrl(generateAutomergeUrl());
      const found = repo.find(documentId, { allowableStates: ['ready', 'unavailable', 'requesting'] });
      await docs.close();
      expect((await found).documentId).toBe(documentId);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unheard).toEqual([]);
    } finally {
      process.off('unhandledRejection', hear);
    }
  });
});

/** Storage that holds nothing and takes a while to say so (a load still reading). */
class SlowStorage implements StorageAdapterInterface {
  load = async () => (await sleep(20), undefined);
  loadRange = async () => (await sleep(20), []);
  save = async () => undefined;
  remove = async () => undefined;
  removeRange = async () => undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
