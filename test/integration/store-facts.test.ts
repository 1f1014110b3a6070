import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { type DeskData, deskFile } from '@main/store/desk-data';
import { openStore } from '@main/store/store';
import type { CollectionSpec } from '@main/store/store-types';

import { tempDataDir } from '../builders/services';

// Entries by day, kept in memory like cases (this month and the last), each day summed up in
// the index: its entries per colour.
type Entry = { id: string; day: string; colour: 'red' | 'blue' };
type Facts = Record<string, number>;
const factsOf = (items: readonly Entry[]): Facts => {
  const facts: Facts = {};
  for (const e of items) facts[e.colour] = (facts[e.colour] ?? 0) + 1;
  return facts;
};
const entries: CollectionSpec<Entry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), colour: z.enum(['red', 'blue']) }),
  migrations: [],
  partitionOf: (e) => e.day,
  revision: (e) => e.id,
  resident: { partition: (day) => day >= '2026-02', item: () => false, cachedItems: 0 },
  facts: {
    compute: factsOf,
    of: (items) => JSON.stringify(factsOf(items)),
    read: (text) => {
      const parsed = z.record(z.string(), z.number().int().nonnegative()).safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    },
  },
};
const entry = (id: string, day: string, colour: Entry['colour'] = 'red'): Entry => ({ id, day, colour });

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
});
afterEach(() => cleanup());

const open = () => openStore<DeskData, { entries: Entry }>({ dir, main: deskFile, collections: { entries }, now: () => new Date('2026-03-02T02:00:00Z') });
const factsFile = (month: string) => join(dir, 'index', 'entries', `${month}.facts.json`);
const factsIn = async (month: string, day: string) => JSON.parse(JSON.parse(await readFile(factsFile(month), 'utf8')).partitions[day].facts) as unknown;

async function aHistory(): Promise<void> {
  const store = await open();
  await store.putMany('entries', () => ({
    items: [entry('a', '2025-10-01'), entry('b', '2025-10-01', 'blue'), entry('c', '2025-10-02'), entry('m', '2026-03-01')],
    result: null,
  }));
  await store.close();
}

/** Rewrites every facts file of the collection through `edit` (as a bad disk would have left it). */
async function editFacts(edit: (entry: Record<string, unknown>) => void): Promise<void> {
  for (const name of (await readdir(join(dir, 'index', 'entries'))).filter((n) => n.endsWith('.facts.json'))) {
    const path = join(dir, 'index', 'entries', name);
    const group = JSON.parse(await readFile(path, 'utf8')) as { partitions: Record<string, Record<string, unknown>> };
    for (const e of Object.values(group.partitions)) edit(e);
    await writeFile(path, JSON.stringify(group));
  }
}

describe("a partition's facts in the index", () => {
  it('follow every write, also a move between days, and are answered after a restart without reading the day', async () => {
    await aHistory();
    const store = await open();
    await store.putMany('entries', () => ({ items: [entry('c', '2025-10-01', 'blue'), entry('d', '2025-10-02', 'blue')], result: null }));
    await store.close();
    const again = await open();
    const collection = again.collection('entries');
    expect(again.itemsInMemory().entries).toBe(1);
    expect(await collection.factsOf('2025-10-01')).toEqual({ red: 1, blue: 2 });
    expect(await collection.factsOf('2025-10-02')).toEqual({ blue: 1 });
    expect(await collection.factsOf('2026-03-01')).toEqual({ red: 1 });
    expect(await collection.factsOf('2025-10-03')).toBeUndefined();
    // Only this month's day is in memory: the old days' facts came from the index.
    expect(again.itemsInMemory().entries).toBe(1);
    expect(await factsIn('2025-10', '2025-10-01')).toEqual({ red: 1, blue: 2 });
    // The index the open reads holds only ids: the facts are in a file of their own, read when asked for.
    expect(JSON.parse(await readFile(join(dir, 'index', 'entries', '2025-10.json'), 'utf8'))).toMatchObject({
      version: 2,
      partitions: { '2025-10-01': { ids: ['a', 'b', 'c'] } },
    });
    expect(JSON.stringify(JSON.parse(await readFile(join(dir, 'index', 'entries', '2025-10.json'), 'utf8')))).not.toContain('facts');
    await again.close();
  });

  it('are read from an index written before they had a file of their own (version 1, inline)', async () => {
    await aHistory();
    const path = join(dir, 'index', 'entries', '2025-10.json');
    const inline = JSON.parse(await readFile(path, 'utf8')) as { version: number; partitions: Record<string, Record<string, unknown>> };
    const facts = JSON.parse(await readFile(factsFile('2025-10'), 'utf8')) as { partitions: Record<string, { facts: string }> };
    for (const [key, entry] of Object.entries(inline.partitions)) entry.facts = facts.partitions[key]!.facts;
    await writeFile(path, JSON.stringify({ ...inline, version: 1 }));
    await rm(factsFile('2025-10'));
    const store = await open();
    const collection = store.collection('entries');
    expect(await collection.factsOf('2025-10-01')).toEqual({ red: 1, blue: 1 });
    expect(store.itemsInMemory().entries).toBe(1);
    await store.close();
  });

  it('are summed up from the days when the index has none (lost, or written by an older version), and kept from then on', async () => {
    await aHistory();
    await rm(factsFile('2025-10'));
    const store = await open();
    expect(await store.collection('entries').factsOf('2025-10-01')).toEqual({ red: 1, blue: 1 });
    await store.close();
    expect(await factsIn('2025-10', '2025-10-01')).toEqual({ red: 1, blue: 1 });
  });

  it('that are not valid are never answered: the day is read and summed up instead', async () => {
    await aHistory();
    await editFacts((e) => {
      e.facts = '{"red":"many"}';
    });
    const store = await open();
    const collection = store.collection('entries');
    expect(store.itemsInMemory().entries).toBe(1);
    expect(await collection.factsOf('2025-10-01')).toEqual({ red: 1, blue: 1 });
    expect(await collection.factsOf('2025-10-02')).toEqual({ red: 1 });
    await store.close();
  });
});
