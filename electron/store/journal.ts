import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { z } from 'zod';

import { type FileSystem, syncFolder, writeFileDurably } from './durable-file';

/** The commit records and the files they stage, inside the data folder. */
export const JOURNAL_DIR = 'journal';

/**
 * What one change does to the data folder: files written whole and files removed (paths relative
 * to it). Each text is made only when its file is written, so a bulk change holds the texts of
 * only the few files being written at once (see STAGE_AHEAD).
 */
export type FileChange = { writes: readonly { file: string; text: () => string | Uint8Array | Promise<string | Uint8Array> }[]; removes: readonly string[] };

/**
 * How memory follows a commit. `apply` runs once the change stands (`pending`: its record is
 * durable but not all of its files are in place yet); `settle` runs once every file is in
 * place, before the record goes (the index forgets removed files for good there).
 */
export type CommitSteps = { apply: (pending: boolean) => Promise<void> | void; settle?: () => Promise<void> };

/** Staged files written at once. */
const STAGE_AHEAD = 8;

/**
 * Runs `work` for each item, `width` at a time, the next one starting as soon as one ends. After
 * a failure no more start; it is thrown once every one running has settled (so a clean-up never
 * runs beside a write still under way).
 */
async function inPool<K>(items: readonly K[], width: number, work: (item: K, at: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    while (failure === null && next < items.length) {
      const at = next++;
      await work(items[at]!, at).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
}

const SAFE_FILE = /^(?:[A-Za-z0-9_-]+\/)?[A-Za-z0-9_-]+\.json$/;
/** `<ms>-<8 hex>.commit`: the names sort in the order the commits were made. */
export const RECORD = /^(\d{13}-[0-9a-f]{8})\.commit$/;
export const STAGED = /^(\d{13}-[0-9a-f]{8})\.\d+\.staged$/;

/** A commit record: each file's full new content is a staged file beside it, renamed into place. */
export const commitRecord = z.object({
  journal: z.literal(1),
  writes: z.array(z.object({ file: z.string().regex(SAFE_FILE), staged: z.string().regex(STAGED) })),
  removes: z.array(z.string().regex(SAFE_FILE)),
});
export type CommitRecord = z.infer<typeof commitRecord>;

export const ignoreMissing = (error: unknown) => {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
};

/**
 * Puts a durable record's files in place. Idempotent, so a roll forward cut short is simply run
 * again: a staged file already renamed is gone (its target folder exists, so ENOENT means the
 * source), and a file already removed is not there.
 */
export async function applyRecord(dir: string, record: CommitRecord, fs: FileSystem): Promise<void> {
  const folders = new Set(record.writes.map(({ file }) => dirname(join(dir, file))));
  for (const folder of folders) await fs.mkdir(folder, { recursive: true });
  for (const { file, staged } of record.writes) await fs.rename(join(dir, JOURNAL_DIR, staged), join(dir, file)).catch(ignoreMissing);
  for (const file of record.removes) {
    folders.add(dirname(join(dir, file)));
    await fs.unlink(join(dir, file)).catch(ignoreMissing);
  }
  for (const folder of folders) await syncFolder(folder, fs);
}

/**
 * All-or-nothing changes across files. A change of one file is written in place: its atomic
 * rename is already all or nothing, and logging a case (the hot path) stays one durable write.
 * A larger one stages every new file in `journal/` (durably), then writes its record there
 * (durably, under its final name only once complete), and only then renames the staged files
 * into place and removes what it removes; then the record goes. A crash before the record has
 * its name changed nothing (the staged files are swept at open); after it, the next open rolls
 * the record forward (see recoverJournal).
 *
 * A failure once the record is durable is not "nothing changed": the files are tried again at
 * once, and if the disk still refuses, the commit answers as done anyway (memory shows the
 * change, its partitions pinned so nothing reads the old files) and stays pending: every later
 * write and backup first finishes it (and is refused while it cannot), and so does the next open.
 */
export class Journal {
  private pending: { name: string; record: CommitRecord; settle?: () => Promise<void> } | null = null;

  constructor(
    private readonly dir: string,
    private readonly fs: FileSystem,
  ) {}

  private get folder(): string {
    return join(this.dir, JOURNAL_DIR);
  }

  async commit(change: FileChange, steps: CommitSteps): Promise<void> {
    if (change.removes.length === 0 && change.writes.length <= 1) {
      const [only] = change.writes;
      if (only) {
        await this.fs.mkdir(dirname(join(this.dir, only.file)), { recursive: true });
        await writeFileDurably(join(this.dir, only.file), await only.text(), this.fs);
      }
      await steps.apply(false);
      await steps.settle?.();
      return;
    }
    const { name, record } = await this.write(change);
    // From here on the change stands: tell the truth even if the disk now refuses.
    const attempt = () =>
      applyRecord(this.dir, record, this.fs).then(
        () => true,
        () => false,
      );
    const inPlace = (await attempt()) || (await attempt());
    await steps.apply(!inPlace);
    const finished =
      inPlace &&
      (await this.finish(name, steps.settle).then(
        () => true,
        () => false,
      ));
    if (!finished) this.pending = { name, record, ...(steps.settle ? { settle: steps.settle } : {}) };
  }

  /** Completes a commit the disk refused to finish (run before every write, at open and at close); throws while it still cannot. */
  async finishPending(): Promise<void> {
    const pending = this.pending;
    if (!pending) return;
    await applyRecord(this.dir, pending.record, this.fs);
    await this.finish(pending.name, pending.settle);
    this.pending = null;
  }

  private async finish(name: string, settle?: () => Promise<void>): Promise<void> {
    await settle?.();
    await this.fs.unlink(join(this.folder, name));
    await syncFolder(this.folder, this.fs);
  }

  /** Stages the files and writes the record; on any failure removes what it staged and throws, nothing changed. */
  private async write(change: FileChange): Promise<{ name: string; record: CommitRecord }> {
    const removed = new Set(change.removes);
    if (change.writes.some((w) => removed.has(w.file))) throw new Error('A commit cannot both write and remove one file.');
    const id = `${Date.now()}-${randomBytes(4).toString('hex')}`;
    const record: CommitRecord = {
      journal: 1,
      writes: change.writes.map((w, i) => ({ file: w.file, staged: `${id}.${i}.staged` })),
      removes: [...change.removes],
    };
    try {
      await this.fs.mkdir(this.folder, { recursive: true });
      // Target folders now, so the roll forward never meets a missing one.
      for (const folder of new Set(change.writes.map((w) => dirname(join(this.dir, w.file))))) await this.fs.mkdir(folder, { recursive: true });
      // A few at once: each waits on its own fsync, and the disk takes them together, while
      // main makes the next file's text. Settled, not raced: the clean-up below must not run
      // while one of them is still writing.
      await inPool(change.writes, STAGE_AHEAD, async ({ text }, i) =>
        writeFileDurably(join(this.folder, record.writes[i]!.staged), await text(), this.fs, { syncFolder: false }),
      );
      // The staged files' names are durable before the record that points at them.
      await syncFolder(this.folder, this.fs);
      await writeFileDurably(join(this.folder, `${id}.commit`), JSON.stringify(record), this.fs);
    } catch (error) {
      for (const { staged } of record.writes) await this.fs.unlink(join(this.folder, staged)).catch(() => undefined);
      throw error;
    }
    return { name: `${id}.commit`, record };
  }
}
