import { join } from 'node:path';

import { checksumMatches } from '../store/checksummed-file';
import { errorCode, readCapped } from './bounded-read';
import { CHECK_FILE_CAP } from './caps';
import type { Listed } from './folder-listing';

/** What the inventory says of one file. */
export type CheckState =
  | 'checksum ok'
  | 'checksum does not match'
  | 'no checksum'
  | 'unreadable'
  | 'valid JSON'
  | 'not valid JSON'
  | 'set aside as damaged'
  | 'not checked';

export type Checked = { check: CheckState; note?: string };

type Role = 'partition' | 'json' | 'damaged' | 'other';

// The names the store reads as partitions (store.ts partitionKeys) in its collections' folders.
const PARTITION = /^(cases|bookings)\/[A-Za-z0-9_-]+\.json$/;
// The form partitionText writes its header in. Only its presence is read here: whether the
// items match it is the store's own checksumMatches.
const CHECKSUM_HEADER = /^\{"schemaVersion":\d+,"checksum":"[0-9a-f]{40}","items":/;

/** How a file of the data folder is checked, from its path alone. */
export function roleOf(path: string): Role {
  if (/\.damaged-[^/]*$/.test(path)) return 'damaged';
  if (PARTITION.test(path)) return 'partition';
  if (path === 'desk.json' || /^index\/[^/]+\/[^/]+\.json$/.test(path)) return 'json';
  return 'other';
}

/** Whether the app reads this path as a file, so a folder there is a fault worth listing. */
export const readAsFile = (path: string): boolean => roleOf(path) === 'partition' || roleOf(path) === 'json';

/** Checks one listed entry of the data folder. Never throws: a read that fails is 'unreadable'. */
export async function checkEntry(root: string, entry: Listed): Promise<Checked> {
  if (entry.kind === 'folder')
    return { check: 'unreadable', note: entry.error ? `folder could not be listed (${entry.error})` : 'a folder where the app expects a file' };
  if (entry.error) return { check: 'unreadable', note: entry.error };
  if (entry.kind === 'link') return { check: 'not checked', note: 'a symbolic link: not followed' };
  if (entry.kind === 'other') return { check: 'not checked', note: 'not a regular file' };
  const role = roleOf(entry.path);
  if (role === 'damaged') return { check: 'set aside as damaged' };
  if (role === 'other') return { check: 'not checked' };
  if (entry.size > CHECK_FILE_CAP) return { check: 'not checked', note: 'larger than the check limit' };
  let bytes: Buffer;
  try {
    ({ bytes } = await readCapped(join(root, entry.path), CHECK_FILE_CAP));
  } catch (error) {
    return { check: 'unreadable', note: errorCode(error) };
  }
  return role === 'partition' ? checkPartition(bytes) : { check: parses(bytes) ? 'valid JSON' : 'not valid JSON' };
}

function checkPartition(bytes: Buffer): Checked {
  if (checksumMatches(bytes)) return { check: 'checksum ok' };
  if (CHECKSUM_HEADER.test(bytes.subarray(0, 120).toString('latin1'))) return { check: 'checksum does not match' };
  // Older, restored or hand-edited files have none; the app then validates every item.
  return parses(bytes) ? { check: 'no checksum' } : { check: 'no checksum', note: 'not valid JSON' };
}

// Only whether it parses: a parse error's message quotes the file's text, which may be partner data.
function parses(bytes: Buffer): boolean {
  try {
    JSON.parse(bytes.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
