import type { DocumentId } from '@automerge/automerge-repo';
import { describe, expect, it } from 'vitest';

import type { SyncStatus } from '../ipc/contract/sync';
import { StatusTracker } from './status';

const aTracker = () => {
  const seen: SyncStatus[] = [];
  let now = '2026-03-20T02:00:00.000Z';
  const tracker = new StatusTracker(
    { server: 'ws://x', team: 'acme', manager: 'wang' },
    null,
    () => now,
    (s) => seen.push(s),
  );
  return { tracker, seen, at: (instant: string) => (now = instant) };
};
const doc = 'doc-1' as DocumentId;

describe('sync status', () => {
  it('counts documents changed here until the server has their heads, then notes the sync', () => {
    const { tracker, at } = aTracker();
    tracker.connected();
    tracker.changedHere(doc);
    tracker.changedHere('doc-2' as DocumentId);
    expect(tracker.status().waiting).toBe(2);
    tracker.acknowledged(doc, ['h2', 'h1'], ['h1']);
    expect(tracker.status().waiting).toBe(2);
    tracker.acknowledged(doc, ['h2', 'h1'], ['h1', 'h2']);
    at('2026-03-20T02:05:00.000Z');
    tracker.acknowledged('doc-2' as DocumentId, ['a'], ['a']);
    expect(tracker.status()).toMatchObject({ state: 'connected', waiting: 0, lastSyncedAt: '2026-03-20T02:05:00.000Z' });
  });

  it('offline since the first failure; a refusal is not overwritten by the close that follows it', () => {
    const { tracker, at } = aTracker();
    tracker.offline('refused');
    at('2026-03-20T03:00:00.000Z');
    tracker.offline('unreachable');
    expect(tracker.status()).toMatchObject({ state: 'offline', problem: 'refused', offlineSince: '2026-03-20T02:00:00.000Z' });
    tracker.connected();
    expect(tracker.status()).toMatchObject({ state: 'connected', problem: null, offlineSince: null });
  });
});
