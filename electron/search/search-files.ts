import { createHash } from 'node:crypto';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { asAscii } from '../store/checksummed-file';
import { writeFileDurably } from '../store/durable-file';

/** What an index file keeps of one partition: the checksum of the items its rows were made from, and the rows. */
export type StoredRows = { sum: string; raw: string; hay: string };

/** One index file per month of days (a year key is its own group), as the store's own index. */
export const groupOf = (key: string) => key.slice(0, 7);

/** Made anew when the rows or their normalising change (see normalise). */
const FILE_VERSION = 1;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checksum a partition file's header carries for these items: the SHA-1 of the items as the
 * store writes them (see partitionText). Rows made from items with this sum are the file's rows
 * exactly while the file's header says so.
 */
export const sumOf = (items: readonly unknown[]): string =>
  createHash('sha1')
    .update(asAscii(JSON.stringify(items)), 'latin1')
    .digest('hex');

const HEADER = /^\{"schemaVersion":\d+,"checksum":"([0-9a-f]{40})","items":/;

/** The checksum in a partition file's header, read from its first bytes only; null when the file is not in the app's form. */
export async function headerSum(path: string): Promise<string | null> {
  const file = await open(path, 'r').catch(() => null);
  if (!file) return null;
  try {
    const buffer = Buffer.alloc(120);
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return HEADER.exec(buffer.subarray(0, bytesRead).toString('latin1'))?.[1] ?? null;
  } finally {
    await file.close();
  }
}

/** Every partition an index folder keeps; a torn, foreign or unreadable file counts as none (its partitions are read again). */
export async function readStoredRows(dir: string): Promise<Map<string, StoredRows>> {
  const rows = new Map<string, StoredRows>();
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => /^[0-9A-Za-z_-]+\.json$/.test(name));
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => null);
    for (const [key, stored] of storedRowsOf(text, name.slice(0, -'.json'.length))) rows.set(key, stored);
  }
  return rows;
}

function storedRowsOf(text: string | null, group: string): [string, StoredRows][] {
  let value: unknown = null;
  try {
    value = text === null ? null : JSON.parse(text);
  } catch {
    return [];
  }
  if (!isObject(value) || value.version !== FILE_VERSION || !isObject(value.partitions)) return [];
  const found: [string, StoredRows][] = [];
  for (const [key, entry] of Object.entries(value.partitions)) {
    if (!isObject(entry) || typeof entry.sum !== 'string' || typeof entry.raw !== 'string' || typeof entry.hay !== 'string' || groupOf(key) !== group)
      return [];
    found.push([key, { sum: entry.sum, raw: entry.raw, hay: entry.hay }]);
  }
  return found;
}

/** Writes one group's file (temp file and rename, no fsync: a file lost in a crash is made again from the partitions). */
export function writeStoredRows(dir: string, group: string, partitions: readonly (readonly [string, StoredRows])[]): Promise<void> {
  const text = JSON.stringify({ version: FILE_VERSION, partitions: Object.fromEntries(partitions) });
  return writeFileDurably(join(dir, `${group}.json`), text, undefined, { sync: false, syncFolder: false });
}
