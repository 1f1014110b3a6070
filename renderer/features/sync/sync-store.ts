import { create } from 'zustand';

import type { RequestOf } from '@main/ipc/contract';
import type { AttentionEntry, SyncStatus } from '@main/ipc/contract/sync';

import { call, listen } from '../../api/bridge';
import { useNavigation } from '../../app/navigation-store';
import { loadScreens } from '../../app/screens-loader';

type SyncStore = {
  /** As main last said it (sync/status, then each 'sync/status' event); null until asked. */
  status: SyncStatus | null;
  /** What merges left that a rule does not allow (the Today view's "Needs attention after sync"). */
  attention: AttentionEntry[];
  loadStatus: () => Promise<SyncStatus>;
  loadAttention: () => Promise<AttentionEntry[]>;
  /** Follows the 'sync/status' event live (a failed reload of the entries goes to `onError`); the answer stops following. */
  follow: (onError: (error: unknown) => void) => () => void;
  configure: (request: RequestOf<'sync/configure'>) => Promise<SyncStatus>;
  /** Takes a way out (or checks again after one taken elsewhere): the entries left. */
  resolve: (id: string, choice?: string) => Promise<AttentionEntry[]>;
  assign: (partnerId: string, manager: string) => Promise<{ partnerId: string; manager: string }>;
};

/** The id of the Team sync section's heading in Settings, which the header's status opens. */
export const TEAM_SYNC_HEADING = 'settings-sync-title';

export const useSync = create<SyncStore>((set, get) => ({
  status: null,
  attention: [],
  loadStatus: async () => {
    const status = await call('sync/status', {});
    set({ status });
    return status;
  },
  loadAttention: async () => {
    const attention = await call('sync/attention', {});
    set({ attention });
    return attention;
  },
  follow: (onError) =>
    listen('sync/status', (status) => {
      set({ status });
      // A merge may have left an entry, or a change here settled one: main recomputes them.
      if (status.state !== 'off' || get().attention.length > 0) get().loadAttention().catch(onError);
    }),
  configure: async (request) => {
    const status = await call('sync/configure', request);
    set({ status });
    return status;
  },
  resolve: async (id, choice) => {
    const attention = await call('sync/resolve', choice === undefined ? { id } : { id, choice });
    set({ attention });
    return attention;
  },
  assign: (partnerId, manager) => call('sync/assign', { partnerId, manager }),
}));

/** Settings, with the focus on its Team sync section (the header's status opens it); Settings' chunk first, so the section is there in the next frame. */
export async function openTeamSync(): Promise<void> {
  // Failing, Settings shows why (see app.tsx).
  await loadScreens().catch(() => undefined);
  useNavigation.getState().go('settings');
  requestAnimationFrame(() => document.getElementById(TEAM_SYNC_HEADING)?.focus());
}
