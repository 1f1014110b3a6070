import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

import { readFileIfExists, writeFileDurably } from '../store/durable-file';

// The desk's sync state, <dataDir>/sync/state.json (not desk.json): written durably, and only
// once sync was turned on, so a desk that never turned it on has nothing under sync/.

const way = z.union([
  z.object({ way: z.literal('void-case'), caseId: z.string() }),
  z.object({ way: z.literal('buy-pack'), month: z.string() }),
  z.object({ way: z.literal('cancel-booking'), bookingId: z.string() }),
  z.object({ way: z.literal('keep'), choice: z.string(), value: z.string(), by: z.string() }),
]);

const attentionEntry = z.object({
  id: z.string(),
  kind: z.enum(['quota-over', 'two-responses', 'kea-over', 'level-both', 'charge-edited']),
  rule: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  subject: z.string(),
  count: z.number().optional(),
  limit: z.number().optional(),
  managers: z.array(z.string()),
  foundAt: z.string(),
  ways: z.array(way),
});

const syncStateFile = z.object({
  enabled: z.boolean(),
  serverUrl: z.string().nullable(),
  token: z.string().nullable(),
  deviceId: z.string(),
  lastSyncedAt: z.string().nullable().default(null),
  attention: z.array(attentionEntry),
  /** Per partner, the records of its PartnerDoc this desk and the document last both held (see removals.ts). */
  seen: z.record(z.string(), z.array(z.string())).default({}),
  /** Per partner, its PartnerDoc's version (heads, comma-separated) desk.json last held all of (see pushPartnerMain). */
  bases: z.record(z.string(), z.string()).default({}),
  /** Per partner, the other desks' stamps of its documents as last pulled (see feed.ts). */
  feed: z.record(z.string(), z.string()).default({}),
  /** Per kind, partner and year, a digest of the store's items the documents held at the last close (see held.ts). */
  held: z.record(z.string(), z.string()).default({}),
  /** Documents changed here that the server had not acknowledged: opened at start, so they are sent. */
  unsent: z.array(z.string()).default([]),
});

export type SyncStateFile = z.infer<typeof syncStateFile>;
/** What SyncWork keeps in the state. */
export type WorkState = Pick<SyncStateFile, 'attention' | 'seen' | 'bases' | 'feed' | 'held'>;

/** Team sync's folder in the data folder (backed up with the rest, see electron/desk.ts). */
export const SYNC_DIR = 'sync';
export const syncDir = (dataDir: string) => join(dataDir, SYNC_DIR);

const fileOf = (dataDir: string) => join(syncDir(dataDir), 'state.json');

/** The stored state, or the state of a desk that never turned sync on (nothing is written for it). */
export async function readSyncState(dataDir: string): Promise<SyncStateFile> {
  const text = await readFileIfExists(fileOf(dataDir));
  if (text !== undefined) {
    const parsed = syncStateFile.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  }
  return {
    enabled: false,
    serverUrl: null,
    token: null,
    deviceId: randomBytes(8).toString('hex'),
    lastSyncedAt: null,
    attention: [],
    seen: {},
    bases: {},
    feed: {},
    held: {},
    unsent: [],
  };
}

/** Writes the state durably, one write at a time (the last one wins); `settled` waits for the writes asked so far. */
export function stateWriter(dataDir: string) {
  let queue: Promise<unknown> = Promise.resolve();
  const write = (state: SyncStateFile): Promise<void> => {
    const text = JSON.stringify(state, null, 1);
    const run = queue.then(async () => {
      await mkdir(syncDir(dataDir), { recursive: true });
      await writeFileDurably(fileOf(dataDir), text);
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return Object.assign(write, { settled: () => queue.then(() => undefined) });
}
