import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

import { type DataFileSpec, type LoadContext, loadDataFile } from './data-file';
import { readFileIfExists, writeFileDurably } from './durable-file';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * lowdb adapter for one data file: reads through the checks of loadDataFile (parse, migrate,
 * validate, set a damaged file aside) and writes atomically and durably. lowdb's JSONFile
 * adapter does neither, and JSONFilePreset silently keeps data in memory when NODE_ENV=test.
 *
 * A file whose checks passed has its SHA-1 remembered beside the index (`index/<file>.sum`),
 * with the schema version that checked it: a file whose bytes still have that sum is exactly one
 * the checks passed, so the next open only parses it. Checking desk.json's schema was the
 * largest part of opening a large portfolio (about 170 ms, with the JIT cold). The sum is a
 * cache, written without fsync: lost or stale, it only costs one full check.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly spec: DataFileSpec<T>,
    private readonly ctx: LoadContext,
  ) {}

  private get sumPath(): string {
    return join(this.ctx.dir, 'index', `${this.file}.sum`);
  }

  async read(): Promise<T> {
    const path = join(this.ctx.dir, this.file);
    const text = await readFileIfExists(path, this.ctx.fs);
    if (text !== undefined && (await this.vouchedFor(text))) return JSON.parse(text) as T;
    const data = await loadDataFile(this.file, this.spec, this.ctx);
    // What is on disk now passed the checks: as it was, migrated or restored from a backup.
    const now = await readFileIfExists(path, this.ctx.fs);
    if (now !== undefined) await this.checked(now);
    return data;
  }

  async write(data: T): Promise<void> {
    const path = join(this.ctx.dir, this.file);
    const text = JSON.stringify(data);
    await mkdir(dirname(path), { recursive: true });
    await writeFileDurably(path, text, this.ctx.fs);
    await this.checked(text);
  }

  /** Remembers that `text` (the file's content, or its content once a commit in hand is in place) passed the checks. */
  async checked(text: string): Promise<void> {
    const sum = JSON.stringify({ schemaVersion: this.spec.schemaVersion, sha1: sha1(text) });
    await mkdir(dirname(this.sumPath), { recursive: true })
      .then(() => writeFileDurably(this.sumPath, sum, this.ctx.fs, { sync: false }))
      .catch(() => undefined);
  }

  private async vouchedFor(text: string): Promise<boolean> {
    const sum = await readFileIfExists(this.sumPath, this.ctx.fs).catch(() => undefined);
    if (sum === undefined) return false;
    try {
      const { schemaVersion, sha1: recorded } = JSON.parse(sum) as { schemaVersion?: unknown; sha1?: unknown };
      return schemaVersion === this.spec.schemaVersion && recorded === sha1(text);
    } catch {
      return false;
    }
  }
}
