import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { errorCode } from './bounded-read';
import { FOLDER_DEPTH_CAP, LISTED_FILES_CAP } from './caps';

/**
 * One entry of the data folder, by its path relative to the folder (forward slashes on every
 * platform). A `folder` is listed only where it stands in for a file (see listFolder) or could
 * not be listed itself; `error` is the code of what failed.
 */
export type Listed = {
  path: string;
  kind: 'file' | 'link' | 'folder' | 'other';
  size: number;
  modified: Date | null;
  error?: string;
};

export type Listing = { entries: Listed[]; complete: boolean };

/**
 * Every entry under `root`, without following symbolic links (so nothing outside the folder is
 * reached) and within LISTED_FILES_CAP and FOLDER_DEPTH_CAP. A folder whose path `standsForFile`
 * (a folder named like a day file, say) is listed as well as walked: the app will fail to read it.
 * Never throws: what cannot be read is an entry with its error.
 */
export async function listFolder(root: string, standsForFile: (path: string) => boolean): Promise<Listing> {
  const entries: Listed[] = [];
  const pending: { rel: string; depth: number }[] = [{ rel: '', depth: 0 }];
  let complete = true;
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const { rel: parent, depth } = folder;
    const children = await readdir(join(root, parent), { withFileTypes: true }).catch((error: unknown) => {
      entries.push({ path: parent || '.', kind: 'folder', size: 0, modified: null, error: errorCode(error) });
      return [] as Dirent[];
    });
    for (const child of children) {
      if (entries.length >= LISTED_FILES_CAP) return { entries: sorted(entries), complete: false };
      const rel = parent ? `${parent}/${child.name}` : child.name;
      if (!child.isDirectory()) entries.push(await describe(root, rel, child));
      else {
        if (standsForFile(rel)) entries.push(await describe(root, rel, child));
        if (depth < FOLDER_DEPTH_CAP) pending.push({ rel, depth: depth + 1 });
        else complete = false;
      }
    }
  }
  return { entries: sorted(entries), complete };
}

async function describe(root: string, rel: string, child: Dirent): Promise<Listed> {
  const kind = child.isFile() ? 'file' : child.isSymbolicLink() ? 'link' : child.isDirectory() ? 'folder' : 'other';
  try {
    // lstat: a link's own size and time, not its target's.
    const stats = await lstat(join(root, rel));
    return { path: rel, kind, size: kind === 'folder' ? 0 : stats.size, modified: stats.mtime };
  } catch (error) {
    // Gone since the folder was read (the app renames files as it writes them).
    return { path: rel, kind, size: 0, modified: null, error: errorCode(error) };
  }
}

const sorted = (entries: Listed[]) => entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
