import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';

import { decodeSegment, DurableStorageAdapter, encodeSegment } from './storage';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('durable storage adapter', () => {
  it('names files so that keys differing only in case or holding dots stay apart', () => {
    for (const segment of ['3kXNvh2tcy', '3kxnvh2tcy', '..', '.', 'a/b', '中文', 'snapshot']) expect(decodeSegment(encodeSegment(segment))).toBe(segment);
    expect(encodeSegment('Ab')).not.toBe(encodeSegment('ab').toUpperCase());
    expect(encodeSegment('..')).toMatch(/^[a-z0-9_-]+$/);
  });

  it('loads what it saved, by key and by prefix, and removes ranges', async () => {
    folder = await mkdtemp(join(tmpdir(), 'psd-sync-storage-'));
    const storage = new DurableStorageAdapter(folder);
    const bytes = (n: number) => new Uint8Array([n, n + 1]);
    await storage.save(['Doc1', 'snapshot', 'h1'], bytes(1));
    await storage.save(['Doc1', 'incremental', 'h2'], bytes(2));
    await storage.save(['doc1', 'snapshot', 'h3'], bytes(3));
    await storage.save(['storage-adapter-id'], bytes(4));

    expect(await storage.load(['Doc1', 'snapshot', 'h1'])).toEqual(bytes(1));
    expect(await storage.load(['Doc1', 'snapshot', 'missing'])).toBeUndefined();
    const range = await storage.loadRange(['Doc1']);
    expect(range.map((chunk) => chunk.key.join('/')).sort()).toEqual(['Doc1/incremental/h2', 'Doc1/snapshot/h1']);
    expect((await storage.loadRange([])).length).toBe(4);

    await storage.removeRange(['Doc1', 'snapshot']);
    expect(await storage.loadRange(['Doc1'])).toEqual([{ key: ['Doc1', 'incremental', 'h2'], data: bytes(2) }]);
    await storage.remove(['storage-adapter-id']);
    await storage.remove(['storage-adapter-id']);
    expect(await storage.load(['storage-adapter-id'])).toBeUndefined();
    expect((await readdir(folder, { recursive: true })).some((name) => String(name).endsWith('.tmp'))).toBe(false);
  });
});

describe('durable storage adapter, closed', () => {
  it('finishes the writes under way and ignores later ones', async () => {
    folder = await mkdtemp(join(tmpdir(), 'psd-sync-storage-'));
    const storage = new DurableStorageAdapter(folder);
    const under = storage.save(['Doc1', 'snapshot', 'h1'], new Uint8Array([1]));
    await storage.close();
    await under;
    expect(await storage.load(['Doc1', 'snapshot', 'h1'])).toEqual(new Uint8Array([1]));
    await storage.save(['Doc2', 'snapshot', 'h2'], new Uint8Array([2]));
    await storage.remove(['Doc1', 'snapshot', 'h1']);
    expect(await storage.load(['Doc2', 'snapshot', 'h2'])).toBeUndefined();
    expect(await storage.load(['Doc1', 'snapshot', 'h1'])).toEqual(new Uint8Array([1]));
  });
  it('a repo over it finds its document again after a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'psd-am-'));
    folder = dir;
    const first = new Repo({ storage: new DurableStorageAdapter(dir), network: [] });
    const handle = first.create<{ n: number }>({ n: 1 });
    handle.change((d) => {
      d.n = 2;
    });
    await first.flush();
    await first.shutdown();
    const second = new Repo({ storage: new DurableStorageAdapter(dir), network: [] });
    expect((await second.find<{ n: number }>(handle.url)).doc().n).toBe(2);
    await second.shutdown();
  });
});
