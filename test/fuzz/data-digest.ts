import { createHash } from 'node:crypto';
import { type BigIntStats, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The stored data a call may change: desk.json and the day files of cases and bookings. Not the
 * index (a cache rebuilt from the files), backups, logs, or exports (where the test services'
 * save dialog writes).
 */
const STORED = ['desk.json', 'cases', 'bookings'];

/** File times tick coarsely (a few ms): a folder changed this recently is read in full again. */
const SETTLED_NS = 200_000_000n;

type Folder = { signature: string; files: string[]; folders: string[] };

const statOf = (path: string): BigIntStats | undefined => statSync(path, { bigint: true, throwIfNoEntry: false });

/**
 * Digests of the data folder's stored files, cheap enough to take around every call. The store
 * writes a file by renaming a new one over it (a new inode and mtime for the file, a new mtime
 * for its folder), so:
 * - a file's bytes are hashed once per (inode, size, mtime);
 * - a folder whose mtime has not moved, and moved long enough ago that a change within the same
 *   clock tick is ruled out, holds the same files, and they are not looked at one by one.
 * Synchronous on purpose: the promise API's round trip per file cost more than the calls checked.
 */
export function dataDigester(dir: string): () => Map<string, string> {
  const hashes = new Map<string, { signature: string; hash: string }>();
  const folders = new Map<string, Folder>();

  const hashFile = (relative: string, info: BigIntStats, digest: Map<string, string>) => {
    const signature = `${info.ino}:${info.size}:${info.mtimeNs}`;
    let known = hashes.get(relative);
    if (known?.signature !== signature) {
      known = {
        signature,
        hash: createHash('sha256')
          .update(readFileSync(join(dir, relative)))
          .digest('hex'),
      };
      hashes.set(relative, known);
    }
    digest.set(relative, known.hash);
  };

  const visit = (relative: string, digest: Map<string, string>, nowNs: bigint) => {
    const info = statOf(join(dir, relative));
    if (info === undefined) return;
    if (!info.isDirectory()) return hashFile(relative, info, digest);
    const signature = `${info.ino}:${info.mtimeNs}`;
    const cached = folders.get(relative);
    if (cached?.signature === signature && nowNs - info.mtimeNs > SETTLED_NS) {
      for (const file of cached.files) digest.set(file, hashes.get(file)!.hash);
      for (const folder of cached.folders) visit(folder, digest, nowNs);
      return;
    }
    const folder: Folder = { signature, files: [], folders: [] };
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const child = `${relative}/${name}`;
      const childInfo = statOf(join(dir, child));
      if (childInfo?.isDirectory()) {
        folder.folders.push(child);
        visit(child, digest, nowNs);
      } else if (childInfo) {
        folder.files.push(child);
        hashFile(child, childInfo, digest);
      }
    }
    folders.set(relative, folder);
  };

  return () => {
    const digest = new Map<string, string>();
    const nowNs = BigInt(Date.now()) * 1_000_000n;
    for (const name of STORED) visit(name, digest, nowNs);
    return digest;
  };
}

/** The files added, removed or changed between two digests ("" when none). */
export function digestChanges(before: Map<string, string>, after: Map<string, string>): string {
  const changed: string[] = [];
  for (const [file, hash] of after) if (before.get(file) !== hash) changed.push(before.has(file) ? `changed ${file}` : `added ${file}`);
  for (const file of before.keys()) if (!after.has(file)) changed.push(`removed ${file}`);
  return changed.join(', ');
}
