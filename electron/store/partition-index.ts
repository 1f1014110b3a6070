import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** What the index knows of one partition file without reading it. */
export type PartitionEntry = {
  /** inode, size and mtime of the file when the entry was made: any other write changes one. */
  stamp: string;
  /** Whether the file holds an item the app keeps in memory (a case still being worked on). */
  hot: boolean;
  ids: string[];
};

const groupFile = z.object({ version: z.literal(1), partitions: z.record(z.string(), z.object({ stamp: z.string(), hot: z.boolean(), ids: z.array(z.string()) })) });

/** One index file per month (a day key's first 7 characters; a year key is its own group). */
const groupOf = (key: string) => key.slice(0, 7);

const STAT_AHEAD = 64;

const FLUSH_DELAY_MS = 1000;

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/**
 * A cache of each partition's ids, in `<data>/index/<collection>/`, so opening
 * reads a few small files instead of every partition. It is never trusted blindly: an entry
 * counts only while the file's inode, size and mtime are still those recorded after the app's
 * own write, so a file restored, copied in or edited since is read in full. That is also why
 * it is written without fsync: an index lost in a crash is rebuilt from the partitions.
 */
export class PartitionIndex {
  readonly entries = new Map<string, PartitionEntry>();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    /** Where the index files go (`<data>/index/<collection>`), outside the partitions' folder. */
    private readonly indexDir: string,
    /** A partition's file, as a full path. */
    private readonly pathOf: (key: string) => string,
  ) {}

  /** Reads the index and answers the keys whose entry still matches its file on disk. */
  async load(keys: readonly string[]): Promise<Set<string>> {
    const names = await readdir(this.indexDir).catch(() => [] as string[]);
    const recorded = new Map<string, PartitionEntry>();
    for (const name of names.filter((n) => /^[A-Za-z0-9_-]+\.json$/.test(n))) {
      // A torn or foreign index file only costs reading its partitions in full.
      const parsed = groupFile.safeParse(await readFile(join(this.indexDir, name), 'utf8').then(parseOrNull, () => null));
      if (parsed.success) for (const [key, entry] of Object.entries(parsed.data.partitions)) recorded.set(key, entry);
    }
    const trusted = new Set<string>();
    for (let at = 0; at < keys.length; at += STAT_AHEAD) {
      const batch = keys.slice(at, at + STAT_AHEAD);
      const stamps = await Promise.all(batch.map((key) => this.stampOf(key)));
      batch.forEach((key, i) => {
        const entry = recorded.get(key);
        if (entry && entry.stamp === stamps[i]) {
          this.entries.set(key, entry);
          trusted.add(key);
        }
      });
    }
    // Entries of files gone or changed are dropped, so their groups are written afresh.
    for (const key of recorded.keys()) if (!trusted.has(key)) this.dirty.add(groupOf(key));
    return trusted;
  }

  private async stampOf(key: string): Promise<string | null> {
    const s = await stat(this.pathOf(key)).catch(() => null);
    return s ? `${s.ino}:${s.size}:${s.mtimeMs}` : null;
  }

  /** Records a partition as it is on disk now (after the app wrote or checked it). */
  async record(key: string, ids: string[], hot: boolean): Promise<void> {
    const stamp = await this.stampOf(key);
    if (stamp === null) this.entries.delete(key);
    else this.entries.set(key, { stamp, hot, ids });
    this.dirty.add(groupOf(key));
  }

  forget(key: string): void {
    if (this.entries.delete(key)) this.dirty.add(groupOf(key));
  }

  /**
   * Writes the changed groups a moment later, off the path of the write that changed them:
   * logging a case answers once its day file is durable, and a burst of writes costs one index
   * write. Lost in a crash, it costs the next open a read of the days written since.
   */
  schedule(): void {
    if (this.timer || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, FLUSH_DELAY_MS);
    this.timer.unref();
  }

  /** Writes what is pending now (on close). */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }

  /**
   * Writes the changed groups: temp file and rename, so a reader never meets half a file, but no
   * fsync (see above). A failure is ignored: the next open finds the stale stamps and rebuilds.
   */
  flush(): Promise<void> {
    // One flush at a time, so an older snapshot of a group never lands after a newer one.
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    const groups = [...this.dirty];
    this.dirty.clear();
    if (groups.length === 0) return;
    await mkdir(this.indexDir, { recursive: true }).catch(() => undefined);
    for (const group of groups) {
      const partitions = Object.fromEntries([...this.entries].filter(([key]) => groupOf(key) === group));
      const path = join(this.indexDir, `${group}.json`);
      const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, JSON.stringify({ version: 1, partitions }), 'utf8')
        .then(() => rename(temp, path))
        .catch(() => unlink(temp).catch(() => undefined));
    }
  }
}
