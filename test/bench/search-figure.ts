import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { Desk } from '@main/desk';
import type { SearchResults } from '@main/ipc/contract/search';
import { closeSearchIndex, searchIndexOf } from '@main/search/search-index';

import { check, type Figure } from './bench-figures';

const time = async <T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
};

/**
 * search/query on the large portfolio: the index made from the day files (the first open after
 * an upgrade, or with its files lost), then loaded from its own files, then queries of every
 * kind a manager types (a vendor reference three years back, a case id, a customer, a partner,
 * a contact's email, Chinese text, a text nothing holds), each checked, and no day file read
 * while they run (`dayReads` counts the store's reads of case files).
 */
export async function searchFigures(desk: Desk, runs: number, dayReads: () => number): Promise<Figure[]> {
  const keys = desk.store.collection('cases').partitionKeys();
  const old = await desk.store.collection('cases').inPartition(keys[Math.min(20, keys.length - 1)]!);
  const target = old.find((c) => c.vendorRef !== '') ?? old[0]!;
  const partner = desk.store.read().partners.at(-1)!;

  await closeSearchIndex(desk.store);
  await rm(join(desk.store.dir, 'index', 'search'), { recursive: true, force: true });
  const built = await time(() => searchIndexOf(desk.store).ready);
  const rebuilt = searchIndexOf(desk.store).cases.rebuilt;
  await closeSearchIndex(desk.store);
  const loads: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    loads.push((await time(() => searchIndexOf(desk.store).ready)).ms);
    check(searchIndexOf(desk.store).cases.rebuilt === 0, 'the search index loads from its own files without reading a day');
    await closeSearchIndex(desk.store);
  }
  const index = searchIndexOf(desk.store);
  await index.ready;

  const texts = [target.vendorRef, target.id, target.customer, partner.name, partner.contactEmail, '客户', 'zzqx-nothing', partner.name.slice(0, 3)];
  const readsBefore = dayReads();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const text of texts) {
      if (text === '') continue;
      const { ms, value } = await time(() => desk.dispatch('search/query', { text, limit: 8 }));
      samples.push(ms);
      check(value.ok, `search/query answered "${text}"`);
      if (text === target.vendorRef && value.ok)
        check((value.data as SearchResults).cases.items[0]?.caseId === target.id, 'the vendor reference finds its case first');
    }
  }
  check(dayReads() === readsBefore, 'no day file is read by a search');

  // A partner's cases of all time (cases/list without a month): only the days the index names are read.
  const days = await index.daysOfPartner(partner.id);
  const lists: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const { ms, value } = await time(() => desk.dispatch('cases/list', { partnerId: partner.id }));
    lists.push(ms);
    check(value.ok && (value.data as unknown[]).length > 0, "cases/list answers the partner's cases of all time");
  }
  const cases = keys.length;
  return [
    { name: 'search index made from every day file (first time)', unit: 'ms', samples: [built.ms], target: null, note: `${rebuilt} days read` },
    { name: 'search index loaded from its files', unit: 'ms', samples: loads, target: null, note: `${cases} days` },
    { name: 'search across every year, one query (p95)', unit: 'ms', samples, target: 30, note: `${texts.length} kinds of text` },
    { name: "a partner's cases of all time (cases/list)", unit: 'ms', samples: lists, target: null, note: `${days.length} of ${cases} days read` },
  ];
}
