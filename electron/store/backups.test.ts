import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { makeBackup } from './backups';

// A backup copies the files listed when it started; one gone by the time it is copied (team
// sync's storage folds its small files into one as it goes) is left out, not a failed backup.

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('a backup while files come and go', () => {
  it('a file gone before its copy is left out; the others are copied', async () => {
    dir = await mkdtemp(join(tmpdir(), 'psd-backup-'));
    await writeFile(join(dir, 'desk.json'), '{"ok":true}');
    await writeFile(join(dir, 'chunk.bin'), 'x');
    const target = await makeBackup({
      dir,
      backupsDir: join(dir, 'backups'),
      name: 'today',
      files: ['chunk.bin', 'desk.json'],
      // Gone after the list was taken, as a chunk compacted away.
      sound: async (file) => (file === 'chunk.bin' && (await rm(join(dir!, file))), true),
    });
    expect(target).toBe(join(dir, 'backups', 'today'));
    expect(await readFile(join(target!, 'desk.json'), 'utf8')).toBe('{"ok":true}');
    await expect(access(join(target!, 'chunk.bin'))).rejects.toThrow(/ENOENT/);
  });
});
