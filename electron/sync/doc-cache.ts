import { type DocumentId, interpretAsDocumentId, isValidAutomergeUrl, parseAutomergeUrl, type Repo } from '@automerge/automerge-repo';

/**
 * How long a document stays idle before it may leave memory: longer than automerge-repo's sync
 * throttle (100 ms), so no send of it is still pending; a send pending on a document that left
 * keeps it alive for a minute.
 */
export const IDLE_MS = 250;

/** Idle partner documents kept in memory all the same, the most recently used (a partner being worked on). */
export const KEPT = 8;

/** The document a find names, or null when automerge-repo would refuse it (its own find rejects). */
function foundDocumentId(id: Parameters<Repo['find']>[0]): DocumentId | null {
  try {
    return isValidAutomergeUrl(id) ? parseAutomergeUrl(id).documentId : interpretAsDocumentId(id);
  } catch {
    return null;
  }
}

/** Whether a find starts a load, by the state of the handle the repo holds: it does unless it holds one ready, loading or ended. */
const startsLoad = (state: string | undefined) => state === undefined || !['ready', 'loading', 'unavailable', 'deleted'].includes(state);

/** A find that started a load, with its signal's controller. */
type Load = { controller: AbortController; settled: Promise<unknown> };

const letGo = ({ controller, settled }: Load) => void settled.then(() => controller.abort());

/**
 * Which partner documents stay in memory. automerge-repo keeps every document it opened whole
 * until told to let it go: a large portfolio's 1,500 documents held 1.4 GB. A document leaves
 * once it is idle, no work holds the documents (see `hold`), and the server has every change
 * made to it here (one still waiting stays, so the connection can send it). The indexes never
 * leave. A document a peer's message brought back is let go the same way.
 */
export class DocCache {
  private readonly used = new Map<DocumentId, number>();
  private readonly pinned = new Set<DocumentId>();
  private readonly leaving = new Map<DocumentId, Promise<void>>();
  /** Per document, its loads not let go yet (see the constructor): each let go once its find settled. */
  private readonly loads = new Map<DocumentId, Load[]>();
  private holds = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly repo: Repo,
    /** The server has not yet acknowledged a change made here to the document. */
    private readonly waiting: (documentId: DocumentId) => boolean,
    /** The document is leaving: whoever keeps its handle drops it (it is opened anew next time). */
    private readonly forget: (documentId: DocumentId) => void,
  ) {
    // automerge-repo races each load of a document against a promise that never settles unless
    // the find has a signal that is aborted, and that promise keeps every race, with the document
    // as loaded, for good: a desk that opens thousands of documents a day would keep them all.
    // So every find that starts a load (this desk's, and the repo's own when a peer's message
    // brings a document back) gets a signal, aborted once the document leaves memory or at close,
    // and never before the find settled (an abort while it reads would reject with no one to hear).
    const find = repo.find.bind(repo);
    repo.find = ((id, options = {}) => {
      const documentId = foundDocumentId(id);
      if (options.signal || !documentId || !startsLoad(repo.handles[documentId]?.state)) return find(id, options);
      const controller = new AbortController();
      const found = find(id, { ...options, signal: controller.signal });
      const load: Load = { controller, settled: found.catch(() => undefined) };
      if (this.closed) letGo(load);
      else this.loads.set(documentId, [...(this.loads.get(documentId) ?? []), load]);
      return found;
    }) as Repo['find'];
  }

  pin(documentId: DocumentId): void {
    this.pinned.add(documentId);
  }

  touch(documentId: DocumentId): void {
    this.used.set(documentId, performance.now());
    this.schedule();
  }

  private settle(documentId: DocumentId): void {
    for (const load of this.loads.get(documentId) ?? []) letGo(load);
    this.loads.delete(documentId);
  }

  /** Resolves once the document is out of memory, if it was leaving (it is then opened anew). */
  async entering(documentId: DocumentId): Promise<void> {
    await this.leaving.get(documentId);
  }

  /** Runs work that opens and changes documents: none leaves memory meanwhile. */
  async hold<T>(work: () => Promise<T>): Promise<T> {
    this.holds++;
    try {
      return await work();
    } finally {
      this.holds--;
      this.schedule();
    }
  }

  /** How many partner documents are in memory (tests and the bench). */
  get inMemory(): number {
    return Object.keys(this.repo.handles).filter((id) => !this.pinned.has(id as DocumentId)).length;
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.trim();
    }, IDLE_MS);
    this.timer.unref?.();
  }

  /** Lets go of every document that may leave now; called again while some are not idle yet. */
  async trim(): Promise<void> {
    if (this.holds > 0 || this.closed) return;
    const now = performance.now();
    const handles = Object.values(this.repo.handles).filter((h) => !this.pinned.has(h.documentId) && !this.leaving.has(h.documentId) && h.isReady());
    // A document first seen here (a peer's message opened it) counts as used now.
    for (const { documentId } of handles) if (!this.used.has(documentId)) this.used.set(documentId, now);
    handles.sort((a, b) => this.used.get(b.documentId)! - this.used.get(a.documentId)!);
    let kept = 0;
    let later = false;
    const going: Promise<void>[] = [];
    for (const { documentId } of handles) {
      if (this.waiting(documentId)) continue;
      if (now - this.used.get(documentId)! < IDLE_MS) later = true;
      else if (kept < KEPT) kept++;
      else going.push(this.evict(documentId));
    }
    await Promise.all(going);
    if (later) this.schedule();
  }

  private evict(documentId: DocumentId): Promise<void> {
    this.forget(documentId);
    this.used.delete(documentId);
    const leaving = (async () => {
      await this.repo.flush([documentId]);
      await this.repo.removeFromCache(documentId);
      this.settle(documentId);
    })()
      .catch(() => undefined)
      .finally(() => this.leaving.delete(documentId));
    this.leaving.set(documentId, leaving);
    return leaving;
  }

  close(): void {
    this.closed = true;
    for (const documentId of [...this.loads.keys()]) this.settle(documentId);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
