import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { tempDataDir } from '../builders/services';

// Entries by day, this month's and last month's in memory, each day summed up in the index;
// every check of an entry and every read of a day's facts counted.
type Entry = { id: string; day: string };
let checked = 0;
let factsRead: string[] = [];
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string() }).superRefine(() => void (checked += 1)),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.id,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 0 },
  facts: {
    compute: (items) => items.length,
    of: (items) => JSON.stringify(items.length),
    read: (text) => {
      factsRead.push(text);
      return JSON.parse(text) as unknown;
    },
  },
};

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  checked = 0;
  factsRead = [];
});
afterEach(() => cleanup());

const open = () => openStore<DeskData, { entries: Entry }>({ dir, main: deskFile, collections: { entries }, now: () => new Date('2026-03-02T02:00:00Z') });

describe('after the open', () => {
  it("lays the first write's groundwork in the background: the item checks used once, the facts of the days in memory read", async () => {
    const first = await open();
    await first.putMany('entries', () => ({
      items: [
        { id: 'a', day: '2025-10-01' },
        { id: 'b', day: '2026-02-10' },
        { id: 'c', day: '2026-03-01' },
        { id: 'd', day: '2026-03-01' },
      ],
      result: null,
    }));
    await first.close();

    const store = await open();
    checked = 0;
    factsRead = [];
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(checked).toBe(1);
    // This month's and last month's days, oldest first; not October's, which is not in memory.
    expect(factsRead).toEqual(['1', '2']);
    // A write now finds them parsed already.
    expect(await store.collection('entries').factsOf('2026-03-01')).toBe(2);
    expect(factsRead).toHaveLength(2);
    await store.close();
  });

  it('stops when the store closes first', async () => {
    const first = await open();
    await first.putMany('entries', () => ({
      items: [
        { id: 'c', day: '2026-03-01' },
        { id: 'd', day: '2026-03-02' },
      ],
      result: null,
    }));
    await first.close();
    const store = await open();
    factsRead = [];
    await store.close();
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(factsRead).toEqual([]);
  });
});
