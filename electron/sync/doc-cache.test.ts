import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { IDLE_MS, KEPT } from './doc-cache';
import { TeamDocs } from './team-docs';

// automerge-repo races each load against a promise that never settles unless the find's signal
// is aborted; that promise then keeps every document as loaded. A desk opens thousands in a day.

let repo: Repo | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await repo?.shutdown();
  repo = null;
});

const idle = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS + 50));

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
    expect(docs.cache.inMemory).toBe(KEPT);
    // The two partner years used first left; the team index never leaves.
    expect(signals.map((signal) => signal!.aborted)).toEqual([false, true, true, ...Array<boolean>(KEPT).fill(false)]);

    await docs.close();
    expect(signals.every((signal) => signal!.aborted)).toBe(true);
  });

  it("the repo's own finds as well (a peer's message that brings a document back)", async () => {
    const inner = vi.spyOn(Repo.prototype, 'find');
    repo = new Repo({ network: [] });
    const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
    const { documentId } = repo.create({ kind: 'partner-year' });
    await repo.find(documentId);
    const signal = inner.mock.calls.at(-1)?.[1]?.signal;
    expect(signal).toBeInstanceOf(AbortSignal);
    await docs.close();
    expect(signal?.aborted).toBe(true);
  });
});
