import type { DocumentId } from '@automerge/automerge-repo';

import type { SyncState, SyncStatus } from '../ipc/contract/sync';

/**
 * The connection as the status line shows it, and the documents changed here that the server
 * has not yet acknowledged: a document leaves `waiting` once a sync message from the server
 * says it has this desk's heads.
 */
export class StatusTracker {
  private state: SyncState = 'connecting';
  private offlineSince: string | null = null;
  private problem: SyncStatus['problem'] = null;
  private readonly waiting = new Set<DocumentId>();
  private lead = false;

  constructor(
    private readonly base: Pick<SyncStatus, 'server' | 'team' | 'manager'>,
    private lastSyncedAt: string | null,
    private readonly now: () => string,
    private readonly changed: (status: SyncStatus) => void,
  ) {}

  status(): SyncStatus {
    return {
      ...this.base,
      state: this.state,
      offlineSince: this.offlineSince,
      problem: this.problem,
      waiting: this.waiting.size,
      lastSyncedAt: this.lastSyncedAt,
      lead: this.lead,
    };
  }

  /** The server's roster names this desk's manager the team's lead (the team view is theirs). */
  leads(): void {
    if (this.lead) return;
    this.lead = true;
    this.changed(this.status());
  }

  get synced(): string | null {
    return this.lastSyncedAt;
  }

  private set(next: Partial<{ state: SyncState; offlineSince: string | null; problem: SyncStatus['problem'] }>): void {
    const before = JSON.stringify(this.status());
    if (next.state !== undefined) this.state = next.state;
    if (next.offlineSince !== undefined) this.offlineSince = next.offlineSince;
    if (next.problem !== undefined) this.problem = next.problem;
    if (JSON.stringify(this.status()) !== before) this.changed(this.status());
  }

  connecting(): void {
    if (this.state !== 'offline') this.set({ state: 'connecting' });
  }

  connected(): void {
    this.set({ state: 'connected', offlineSince: null, problem: null });
  }

  offline(problem: 'refused' | 'unreachable'): void {
    // A refusal is the reason that counts: the close that follows it is no news.
    if (this.state === 'offline' && this.problem === 'refused') return;
    this.set({ state: 'offline', offlineSince: this.offlineSince ?? this.now(), problem });
  }

  isWaiting(documentId: DocumentId): boolean {
    return this.waiting.has(documentId);
  }

  /** The documents changed here that the server has not acknowledged yet: kept in the sync state, sent after a restart. */
  waitingIds(): DocumentId[] {
    return [...this.waiting];
  }

  changedHere(documentId: DocumentId): void {
    if (this.waiting.has(documentId)) return;
    this.waiting.add(documentId);
    this.changed(this.status());
  }

  /** The server holds `theirHeads` of a document whose heads here are `ours`. */
  acknowledged(documentId: DocumentId, ours: readonly string[] | null, theirHeads: readonly string[]): void {
    const same = ours !== null && ours.length === theirHeads.length && [...ours].sort().every((h, i) => h === [...theirHeads].sort()[i]);
    if (!same) return;
    const had = this.waiting.delete(documentId);
    if (this.waiting.size === 0 && (had || this.lastSyncedAt === null)) {
      this.lastSyncedAt = this.now();
      this.changed(this.status());
    }
  }
}
