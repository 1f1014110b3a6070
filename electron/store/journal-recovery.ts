import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { StoreNotice } from './data-file';
import { type FileSystem, syncFolder } from './durable-file';
import { applyRecord, commitRecord, ignoreMissing, JOURNAL_DIR, RECORD, STAGED } from './journal';
import { groupOf } from './partition-index';

type Recovery = {
  stamp: () => string;
  report: (notice: StoreNotice) => void;
  /** The collections' folders, each with its index in `index/<folder>/`. */
  indexed: readonly string[];
};

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * Run at open, under the lock, before any data file is read: every commit record a crash left
 * is rolled forward (its staged files renamed into place, its removals done), oldest first, so
 * what is read next is all of each change. Staged files without a record belong to a commit cut
 * short before its record was durable: that change never happened, and they are removed. A
 * failure here fails the open and leaves the record for the next one.
 */
export async function recoverJournal(dir: string, fs: FileSystem, recovery: Recovery): Promise<void> {
  const folder = join(dir, JOURNAL_DIR);
  const names = await readdir(folder).catch(() => [] as string[]);
  // Staged files of a record set aside (now or at an earlier open) stay with it.
  const kept = new Set(names.map((n) => /^(\d{13}-[0-9a-f]{8})\.commit\.damaged-/.exec(n)?.[1]).filter((id): id is string => id !== undefined));
  for (const name of names.filter((n) => RECORD.test(n)).sort()) {
    const parsed = commitRecord.safeParse(parseOrNull(await fs.readFile(join(folder, name), 'utf8')));
    if (!parsed.success) {
      // Written whole and synced before it got this name, so only the disk can have damaged it:
      // it is set aside with its staged files, for whoever looks, and the user is told.
      const movedTo = `${name}.damaged-${recovery.stamp()}`;
      await fs.rename(join(folder, name), join(folder, movedTo));
      kept.add(RECORD.exec(name)![1]!);
      recovery.report({
        kind: 'damaged-file',
        file: `${JOURNAL_DIR}/${name}`,
        reason: 'it is not a complete commit record',
        movedTo: `${JOURNAL_DIR}/${movedTo}`,
        restoredFrom: null,
      });
      continue;
    }
    await applyRecord(dir, parsed.data, fs);
    await forgetRemoved(dir, recovery.indexed, parsed.data.removes, fs);
    await fs.unlink(join(folder, name));
    await syncFolder(folder, fs);
  }
  for (const name of names) {
    const staged = STAGED.exec(name);
    if (staged && !kept.has(staged[1]!)) await fs.unlink(join(folder, name)).catch(() => undefined);
  }
}

/**
 * The index must not list a file a rolled-forward commit removed once the record, the proof it
 * was removed on purpose, is gone (a listed file that is missing is restored from a backup): the
 * index groups naming such files are dropped, durably. A group is a cache: its other partitions
 * are read in full once.
 */
async function forgetRemoved(dir: string, indexed: readonly string[], removed: readonly string[], fs: FileSystem): Promise<void> {
  for (const folder of indexed) {
    const keys = removed.filter((file) => file.startsWith(`${folder}/`)).map((file) => file.slice(folder.length + 1, -'.json'.length));
    if (keys.length === 0) continue;
    const indexDir = join(dir, 'index', folder);
    for (const group of new Set(keys.map(groupOf))) await fs.unlink(join(indexDir, `${group}.json`)).catch(ignoreMissing);
    await syncFolder(indexDir, fs);
  }
}
