import type { Adapter } from 'lowdb';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadDataFile, type DataFileSpec, type LoadContext } from './data-file';
import { writeFileDurably } from './durable-file';

/**
 * lowdb adapter for one data file: reads through the checks of loadDataFile (parse, migrate,
 * validate, set a damaged file aside) and writes atomically and durably. lowdb's JSONFile
 * adapter does neither, and JSONFilePreset silently keeps data in memory when NODE_ENV=test.
 */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly file: string,
    private readonly spec: DataFileSpec<T>,
    private readonly ctx: LoadContext,
  ) {}

  read(): Promise<T> {
    return loadDataFile(this.file, this.spec, this.ctx);
  }

  async write(data: T): Promise<void> {
    const path = join(this.ctx.dir, this.file);
    await mkdir(dirname(path), { recursive: true });
    await writeFileDurably(path, JSON.stringify(data), this.ctx.fs);
  }
}
