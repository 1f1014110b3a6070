import { join } from 'node:path';
import type { DocumentId, NetworkAdapterInterface, PeerId } from '@automerge/automerge-repo';
import { Repo } from '@automerge/automerge-repo';

import type { DeskStore } from '../handlers/context';
import type { AttentionEntry, SyncStatus } from '../ipc/contract/sync';
import type { PlatformServices } from '../ipc/services';
import { reassign } from './push';
import { resolveEntry } from './resolve';
import { syncDir, type SyncStateFile } from './state';
import { StatusTracker } from './status';
import { DurableStorageAdapter } from './storage';
import { TeamDocs } from './team-docs';
import { TeamView } from './team-view';
import { SyncWork } from './work';

/** A connection to the server (or, in tests, to an in-process hub); `problem` tells why it failed. */
export type NetworkFactory = (events: { problem: (problem: 'refused' | 'unreachable') => void }) => { adapter: NetworkAdapterInterface; dispose: () => void };

export type SyncEngineOptions = {
  store: DeskStore;
  services: Pick<PlatformServices, 'now' | 'log' | 'emit'>;
  dataDir: string;
  server: string | null;
  team: string;
  manager: string;
  deviceId: string;
  network: NetworkFactory;
  /** What the sync state kept of the engine's last run. */
  kept: Kept;
  /** The entries, what was seen, pulled or not yet sent, or the last sync changed: to keep in the sync state. */
  persist: (state: Kept) => void;
};

type Kept = Pick<SyncStateFile, 'attention' | 'seen' | 'bases' | 'feed' | 'held' | 'unsent' | 'lastSyncedAt'>;

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000, 60_000];

/**
 * The desk's side of team sync: one automerge-repo over the desk's own storage, the store's
 * changes written into the documents and the peers' changes into the store (see SyncWork), the
 * connection kept up with a growing pause between attempts (at most a minute).
 */
export class SyncEngine {
  readonly repo: Repo;
  private readonly storage: DurableStorageAdapter;
  readonly docs: TeamDocs;
  private readonly work: SyncWork;
  private readonly tracker: StatusTracker;
  private link: ReturnType<NetworkFactory> | null = null;
  private wanted = false;
  private failures = 0;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly stops: (() => void)[] = [];
  /** The team lead's view of every partner of the team (see TeamView); null on a manager's desk. */
  private team: TeamView | null = null;
  private closing = false;

  constructor(private readonly options: SyncEngineOptions) {
    const now = () => options.services.now().toISOString();
    this.storage = new DurableStorageAdapter(join(syncDir(options.dataDir), 'automerge'));
    this.repo = new Repo({ storage: this.storage, network: [], peerId: `${options.manager}:${options.deviceId}` as PeerId });
    this.tracker = new StatusTracker({ server: options.server, team: options.team, manager: options.manager }, options.kept.lastSyncedAt, now, (status) => {
      options.services.emit('sync/status', status);
      this.persist();
    });
    this.docs = new TeamDocs(
      this.repo,
      options.team,
      options.manager,
      {
        remote: (partnerId, year) => this.work.remoteChanged(partnerId, year),
        local: (documentId) => this.tracker.changedHere(documentId),
        changed: (partnerId) => {
          if (partnerId !== null) this.team?.want(partnerId);
          else void this.followRole().catch((error: unknown) => options.services.log.error('Team sync could not read the roster', error));
        },
      },
      (documentId) => this.tracker.isWaiting(documentId),
    );
    this.work = new SyncWork(
      options.store,
      this.docs,
      options.services.log,
      now,
      options.kept,
      () => {
        options.services.emit('sync/status', this.tracker.status());
        this.persist();
      },
      () => (this.tracker.status().state === 'connected' ? this.tracker.status().waiting : null),
    );
    this.repo.networkSubsystem.on('peer', () => {
      this.failures = 0;
      this.tracker.connected();
    });
    this.repo.networkSubsystem.on('peer-disconnected', () => this.lost('unreachable'));
    this.repo.synchronizer.on('sync-state', ({ documentId, syncState }) => {
      this.tracker.acknowledged(documentId, this.docs.headsOf(documentId), syncState.theirHeads ?? []);
    });
  }

  /** `closed`: the last, from close (once closing, nothing else is kept); `flushed`: with every document on disk (see SyncWork.toKeep). */
  private persist(closed = false, flushed = false): void {
    if (this.closing && !closed) return;
    this.options.persist({ ...this.work.toKeep(flushed), unsent: this.tracker.waitingIds(), lastSyncedAt: this.tracker.synced });
  }

  /** Opens the team's documents, writes this desk's partners into them and listens to the store; then connects. */
  async start(): Promise<void> {
    const { store } = this.options;
    // What the server had not acknowledged when the desk closed: open again, waiting, so the connection sends it.
    for (const documentId of this.options.kept.unsent as DocumentId[]) {
      this.tracker.changedHere(documentId);
      void this.repo.find(documentId, { allowableStates: ['ready', 'unavailable'] }).catch(() => undefined);
    }
    this.connect();
    await this.docs.teamIndex();
    await this.docs.managerIndex();
    this.stops.push(
      store.observeMain((data) => this.work.mainWritten(data)),
      store.collection('cases').observe((_, items) => this.work.itemsWritten('cases', items)),
      store.collection('bookings').observe((_, items) => this.work.itemsWritten('bookings', items)),
    );
    this.work.mainWritten(store.read());
    this.work.itemsWritten('cases', await store.collection('cases').all(), true);
    this.work.itemsWritten('bookings', await store.collection('bookings').all(), true);
    await this.work.indexChanged();
    await this.followRole();
  }

  /** On the lead's desk (as the server's roster says), the team view follows the team index. */
  private async followRole(): Promise<void> {
    if (this.closing) return;
    if ((await this.docs.role()) === 'lead' && !this.team) {
      this.team = new TeamView(this.options.store, this.options.dataDir, this.docs, this.options.services.log, this.options.services.now);
      this.tracker.leads();
    }
    await this.team?.indexChanged();
  }

  /** The team view's store, on the lead's desk; null on a manager's. */
  teamStore(): Promise<DeskStore> | null {
    return this.team?.store() ?? null;
  }

  /** Connects (again); a failed attempt is retried after a pause that grows up to a minute. */
  connect(): void {
    this.wanted = true;
    if (this.link) return;
    this.tracker.connecting();
    let failed = false;
    const link = this.options.network({
      problem: (problem) => {
        if (failed || this.link !== link) return;
        failed = true;
        this.lost(problem);
      },
    });
    this.link = link;
    this.repo.networkSubsystem.addNetworkAdapter(link.adapter);
  }

  /** Drops the connection (the documents stay); no attempt follows until `connect`. */
  disconnect(): void {
    this.wanted = false;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    this.drop();
    this.tracker.offline('unreachable');
  }

  private drop(): void {
    const link = this.link;
    this.link = null;
    if (!link) return;
    try {
      this.repo.networkSubsystem.removeNetworkAdapter(link.adapter);
    } catch {
      // An adapter that never connected has nothing to remove.
    }
    link.dispose();
  }

  private lost(problem: 'refused' | 'unreachable'): void {
    this.tracker.offline(problem);
    if (!this.wanted || this.retry) return;
    this.drop();
    const pause = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.wanted) this.connect();
    }, pause);
    this.retry.unref?.();
  }

  status(): SyncStatus {
    return this.tracker.status();
  }

  attention(): AttentionEntry[] {
    return this.work.attention;
  }

  /** Takes a way out of an entry (see resolveEntry), then checks the partner again. */
  async resolve(id: string, choice: string | undefined): Promise<AttentionEntry[]> {
    const entry = this.work.attention.find((e) => e.id === id);
    if (!entry) return this.work.attention;
    if (choice !== undefined) await this.docs.cache.hold(() => resolveEntry(this.docs, entry, choice));
    this.work.recompute(entry.partnerId);
    this.work.remoteChanged(entry.partnerId);
    await this.work.idle();
    return this.work.attention;
  }

  /** Hands a partner to another manager of the team. */
  async assign(partnerId: string, manager: string): Promise<boolean> {
    const done = await this.docs.cache.hold(() => reassign(this.docs, partnerId, manager, this.options.services.now().toISOString()));
    this.work.recompute(partnerId);
    return done;
  }

  /** Resolves once every change seen so far is written both ways (tests). */
  async idle(): Promise<void> {
    await this.work.idle();
    await this.team?.idle();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.wanted = false;
    if (this.retry) clearTimeout(this.retry);
    for (const stop of this.stops.splice(0)) stop();
    let flushed = false;
    try {
      await this.work.close();
      await this.team?.close();
      await this.docs.close();
      this.drop();
      // A document not ready (still asked of the server) has nothing of this desk's to save.
      await this.repo.flush(Object.values(this.repo.handles).flatMap((handle) => (handle.isReady() ? [handle.documentId] : [])));
      await this.storage.close();
      flushed = true;
    } finally {
      this.persist(true, flushed);
    }
    // Its flush throws on a document not ready; every ready one was flushed above.
    await this.repo.shutdown().catch(() => undefined);
  }
}
