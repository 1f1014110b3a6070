import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { checksumMatches, partitionText } from '@main/store/checksummed-file';
import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { tempDataDir } from '../builders/services';

// Entries by day, this month's in memory, each day summed up in the index (its entries per
// colour), and summed up again from the new entries alone when a write only appends to a day.
type Entry = { id: string; day: string; colour: 'red' | 'blue' };
const factsOf = (items: readonly Entry[]) => {
  const facts: Record<string, number> = {};
  for (const e of items) facts[e.colour] = (facts[e.colour] ?? 0) + 1;
  return facts;
};
let appendedFacts = 0;
let computedFacts = 0;
let addedFacts = 0;
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), colour: z.enum(['red', 'blue']) }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.id,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 100 },
  facts: {
    compute: (items) => {
      computedFacts += 1;
      return factsOf(items);
    },
    of: (items) => JSON.stringify(factsOf(items)),
    read: (text) => JSON.parse(text) as unknown,
    appended: (text, added) => {
      appendedFacts += 1;
      const facts = JSON.parse(text) as Record<string, number>;
      for (const [colour, n] of Object.entries(factsOf(added))) facts[colour] = (facts[colour] ?? 0) + n;
      return JSON.stringify(facts);
    },
    added: (facts, added) => {
      addedFacts += 1;
      const after = { ...(facts as Record<string, number>) };
      for (const [colour, n] of Object.entries(factsOf(added))) after[colour] = (after[colour] ?? 0) + n;
      return after;
    },
  },
};
const entry = (id: string, day: string, colour: Entry['colour'] = 'red'): Entry => ({ id, day, colour });

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  appendedFacts = 0;
  computedFacts = 0;
  addedFacts = 0;
});
afterEach(() => cleanup());

const open = () => openStore<DeskData, { entries: Entry }>({ dir, main: deskFile, collections: { entries }, now: () => new Date('2026-03-02T02:00:00Z') });
const onDisk = (day: string) => readFile(join(dir, 'entries', `${day}.json`));

describe('a write that only appends to days', () => {
  it('writes each day as it would be written whole, its checksum made from the hash its read kept, and its facts from the new entries alone', async () => {
    const first = await open();
    await first.putMany('entries', () => ({ items: [entry('a', '2025-10-01'), entry('b', '2025-10-01', 'blue'), entry('c', '2025-10-02')], result: null }));
    await first.close();
    // Old days, not in memory: the write reads them (and keeps their hash) to append to them.
    const store = await open();
    expect(store.itemsInMemory().entries).toBe(0);
    await store.putMany('entries', () => ({
      items: [entry('d', '2025-10-01', 'blue'), entry('e', '2025-10-02'), entry('f', '2025-10-02', 'blue'), entry('g', '2025-10-03')],
      result: null,
    }));
    const day1 = [entry('a', '2025-10-01'), entry('b', '2025-10-01', 'blue'), entry('d', '2025-10-01', 'blue')];
    const day2 = [entry('c', '2025-10-02'), entry('e', '2025-10-02'), entry('f', '2025-10-02', 'blue')];
    expect((await onDisk('2025-10-01')).equals(partitionText({ schemaVersion: 1, items: day1 }))).toBe(true);
    expect((await onDisk('2025-10-02')).equals(partitionText({ schemaVersion: 1, items: day2 }))).toBe(true);
    expect(checksumMatches(await onDisk('2025-10-03'))).toBe(true);
    // Two days appended to; the new day is summed up whole.
    expect(appendedFacts).toBe(2);
    expect(await store.collection('entries').factsOf('2025-10-01')).toEqual({ red: 1, blue: 2 });
    expect(await store.collection('entries').factsOf('2025-10-02')).toEqual({ red: 2, blue: 1 });
    await store.close();
    // Read back after a restart through the checksum alone (the index vouches for every file).
    const again = await open();
    expect((await again.collection('entries').inPartition('2025-10-02')).map((e) => e.id)).toEqual(['c', 'e', 'f']);
    expect(again.notices).toEqual([]);
    await again.close();
  });

  it("carries a day's facts through a change logged to it from the new entry alone, and sums them up again after a replacement", async () => {
    const store = await open();
    const day = '2026-03-02';
    await store.put('entries', entry('a', day));
    const facts = () => store.collection('entries').factsOf(day);
    expect(await facts()).toEqual({ red: 1 });
    computedFacts = 0;
    // One day, one new entry: the change log's path, and the facts read before it carry on.
    await store.put('entries', entry('b', day, 'blue'));
    await store.put('entries', entry('c', day, 'blue'));
    expect(await facts()).toEqual({ red: 1, blue: 2 });
    expect([addedFacts, computedFacts]).toEqual([2, 0]);
    // An entry replaced is not an append: summed up from the day again.
    await store.put('entries', entry('a', day, 'blue'));
    expect(await facts()).toEqual({ blue: 3 });
    expect([addedFacts, computedFacts]).toEqual([2, 1]);
    await store.close();
  });

  it('writes a day whole when a refused write held it before and a later change rewrote it', async () => {
    const first = await open();
    await first.putMany('entries', () => ({ items: [entry('a', '2025-10-01'), entry('b', '2025-10-01', 'blue')], result: null }));
    await first.close();
    const store = await open();
    // Held (read, its hash kept), then refused: nothing written.
    await expect(
      store.putMany('entries', () => ({
        items: [entry('c', '2025-10-01'), { id: 'x', day: '2025-10-01', colour: 'green' } as unknown as Entry],
        result: null,
      })),
    ).rejects.toThrow();
    // Same length, other bytes: a hash kept from the old file would make a wrong checksum.
    await store.put('entries', entry('a', '2025-10-01', 'blue'));
    await store.put('entries', entry('b', '2025-10-01', 'red'));
    await store.writeBehind();
    // Two days, so a commit of files (one day alone would go to the change log).
    await store.putMany('entries', () => ({ items: [entry('c', '2025-10-01'), entry('z', '2025-10-05')], result: null }));
    const items = [entry('a', '2025-10-01', 'blue'), entry('b', '2025-10-01', 'red'), entry('c', '2025-10-01')];
    expect((await onDisk('2025-10-01')).equals(partitionText({ schemaVersion: 1, items }))).toBe(true);
    await store.close();
  });
});
