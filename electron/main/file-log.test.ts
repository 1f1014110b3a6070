import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { tempDataDir } from '@test/builders/services';

import { createFileLog } from './file-log';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()));
afterEach(() => cleanup());

it('writes each line to main.log at once, an error with its stack', async () => {
  const log = createFileLog(dir);
  log.info('Partner Support Desk starting', { dataDir: '/data' });
  log.error('IPC partners/create failed (error 7F3A)', new Error('disk full'));
  const text = await readFile(join(dir, 'main.log'), 'utf8');
  expect(text).toMatch(/\[info\] {2}Partner Support Desk starting \{.*dataDir.*\/data/s);
  expect(text).toMatch(/\[error\] IPC partners\/create failed \(error 7F3A\) Error: disk full\n\s+at /);
});

it('rotates past its size limit, keeping one older file, so the folder stays small', async () => {
  const log = createFileLog(dir, 4096);
  for (let i = 0; i < 200; i++) log.info(`line ${i} ${'x'.repeat(60)}`);
  expect((await readdir(dir)).sort()).toEqual(['main.log', 'main.old.log']);
  const current = await readFile(join(dir, 'main.log'), 'utf8');
  expect(current.length).toBeLessThanOrEqual(4096 + 200);
  expect(current).toContain('line 199');
  expect(await readFile(join(dir, 'main.old.log'), 'utf8')).not.toContain('line 199');
});
