import type { DeskStore } from '../handlers/context';
import { type AttentionEntry, type SyncStatus, TEAM_TOKEN } from '../ipc/contract/sync';
import { Refusal } from '../ipc/refusal';
import type { PlatformServices } from '../ipc/services';
import { type NetworkFactory, SyncEngine } from './engine';
import { readSyncState, stateWriter, type SyncStateFile } from './state';
import { websocketNetwork } from './ws-network';

export type SyncNetwork = (serverUrl: string, token: string) => NetworkFactory;

const who = (token: string | null) => {
  const match = token ? TEAM_TOKEN.exec(token) : null;
  return match ? { team: match[1]!, manager: match[2]! } : null;
};

/**
 * The desk's team sync: its state file, and an engine while sync is on. Off by default: a desk
 * that never turned it on writes nothing under sync/ and opens no connection.
 */
export class DeskSync {
  private engine: SyncEngine | null = null;
  private starting: Promise<void> = Promise.resolve();
  private readonly write: ReturnType<typeof stateWriter>;

  private constructor(
    private readonly store: DeskStore,
    private readonly services: Pick<PlatformServices, 'now' | 'log' | 'emit'>,
    private readonly dataDir: string,
    private readonly network: SyncNetwork,
    private state: SyncStateFile,
  ) {
    this.write = stateWriter(dataDir);
  }

  static async open(options: {
    store: DeskStore;
    services: Pick<PlatformServices, 'now' | 'log' | 'emit'>;
    dataDir: string;
    network?: SyncNetwork;
  }): Promise<DeskSync> {
    const sync = new DeskSync(options.store, options.services, options.dataDir, options.network ?? websocketNetwork, await readSyncState(options.dataDir));
    // The desk opens without waiting for the server: the engine starts beside it.
    if (sync.state.enabled) sync.starting = sync.start().catch((error: unknown) => options.services.log.error('Team sync could not start', error));
    return sync;
  }

  private save(): void {
    this.write(this.state).catch((error: unknown) => this.services.log.error('The team sync state could not be saved', error));
  }

  private async start(): Promise<void> {
    const { serverUrl, token } = this.state;
    const id = who(token);
    if (!serverUrl || !token || !id) return;
    const engine: SyncEngine = new SyncEngine({
      store: this.store,
      services: this.services,
      dataDir: this.dataDir,
      server: serverUrl,
      ...id,
      deviceId: this.state.deviceId,
      network: this.network(serverUrl, token),
      kept: this.state,
      persist: (kept) => {
        // An engine closed (sync turned off, or on with another token) keeps nothing more.
        if (this.engine !== engine) return;
        this.state = { ...this.state, ...kept };
        this.save();
      },
    });
    this.engine = engine;
    await engine.start();
  }

  status(): SyncStatus {
    if (this.engine) return this.engine.status();
    const id = who(this.state.token);
    return {
      state: 'off',
      server: this.state.serverUrl,
      team: id?.team ?? null,
      manager: id?.manager ?? null,
      offlineSince: null,
      problem: null,
      waiting: 0,
      lastSyncedAt: this.state.lastSyncedAt,
      lead: false,
    };
  }

  /** Turns sync on (an address and a token, given now or kept from before) or off (the connection closes, the documents stay). */
  async configure(request: { enabled: boolean; serverUrl?: string; token?: string }): Promise<SyncStatus> {
    const serverUrl = request.serverUrl ?? this.state.serverUrl;
    const token = request.token ?? this.state.token;
    if (request.enabled && (!serverUrl || !token)) {
      throw new Refusal({
        code: 'INVALID_INPUT',
        message: 'Give the server address and your team token to turn team sync on.',
        field: serverUrl ? 'token' : 'serverUrl',
      });
    }
    await this.starting;
    const changed = serverUrl !== this.state.serverUrl || token !== this.state.token;
    // Turning off a desk that was never on writes nothing (nothing under sync/ until sync is used).
    if (!request.enabled && !this.state.enabled && !changed) return this.status();
    if (this.engine && (!request.enabled || changed)) {
      await this.engine.close();
      this.engine = null;
    }
    // A new token may name another team or manager: the entries found under the old one go.
    this.state = {
      ...this.state,
      enabled: request.enabled,
      serverUrl,
      token,
      ...(changed ? { attention: [], seen: {}, bases: {}, feed: {}, held: {}, unsent: [], lastSyncedAt: null } : {}),
    };
    await this.write(this.state);
    if (request.enabled && !this.engine) await this.start();
    const status = this.status();
    this.services.emit('sync/status', status);
    return status;
  }

  attention(): AttentionEntry[] {
    return this.engine ? this.engine.attention() : this.state.attention;
  }

  resolve(id: string, choice: string | undefined): Promise<AttentionEntry[]> | AttentionEntry[] {
    return this.engine ? this.engine.resolve(id, choice) : this.state.attention;
  }

  async assign(partnerId: string, manager: string): Promise<{ partnerId: string; manager: string }> {
    if (!this.engine) throw new Refusal({ code: 'SYNC_OFF', message: 'Team sync is off: turn it on to hand a partner to another manager.' });
    if (!this.store.read().partners.some((p) => p.id === partnerId) && !(await this.engine.docs.assignment(partnerId))) {
      throw new Refusal({
        code: 'NOT_FOUND',
        message: `No partner with id ${partnerId} exists.`,
        field: 'partnerId',
        data: { what: 'partner', id: partnerId },
      });
    }
    await this.engine.idle();
    if (!(await this.engine.assign(partnerId, manager))) {
      throw new Refusal({
        code: 'NOT_FOUND',
        message: `No partner with id ${partnerId} exists.`,
        field: 'partnerId',
        data: { what: 'partner', id: partnerId },
      });
    }
    return { partnerId, manager };
  }

  /** The team view's store, on the lead's desk with sync on (see TeamView); refused otherwise. */
  async teamStore(): Promise<DeskStore> {
    const store = this.engine?.teamStore();
    if (!store) {
      throw new Refusal({
        code: 'NOT_TEAM_LEAD',
        message: "The whole team's reports are for the team lead's desk, with team sync on.",
        field: 'team',
      });
    }
    return store;
  }

  /** Resolves once the engine started at open has written what changed while the desk was closed into its work (tests). */
  started(): Promise<void> {
    return this.starting;
  }

  /** The engine, while sync is on (tests wait on it). */
  get running(): SyncEngine | null {
    return this.engine;
  }

  async close(): Promise<void> {
    await this.starting;
    await this.engine?.close();
    this.engine = null;
    await this.write.settled();
  }
}

const desks = new WeakMap<DeskStore, DeskSync>();

/** Opens the desk's team sync and keeps it beside the store (the handlers find it there). */
export async function openDeskSync(options: Parameters<typeof DeskSync.open>[0]): Promise<DeskSync> {
  const sync = await DeskSync.open(options);
  desks.set(options.store, sync);
  return sync;
}

export function deskSyncOf(store: DeskStore): DeskSync {
  const sync = desks.get(store);
  if (!sync) throw new Error('Team sync is not open for this desk.');
  return sync;
}
