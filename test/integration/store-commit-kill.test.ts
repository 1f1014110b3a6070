import { cp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  aKillTemplate,
  type Change,
  e,
  type Entry,
  expectEveryKilledOpenRecovers,
  itemsOnDisk,
  n,
  openKillStore,
  stateAfterReopen,
} from '../builders/kill-store';
import { killableFs } from '../builders/killable-fs';

let root: string;
let template: string;
beforeAll(async () => ({ root, template } = await aKillTemplate()));
// Stores that died keep their index timers: their late writes are retried over.
afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

/** Runs `change` with a kill at every step it takes, and checks each outcome is all of it or none, as answered. */
let run = 0;
async function killAtEveryStep(change: Change): Promise<{ steps: number; done: number; undone: number }> {
  run++;
  const prepare = async (name: string) => {
    const dir = join(root, `${run}-${name}`);
    await cp(template, dir, { recursive: true });
    return dir;
  };
  const reference = await prepare('reference');
  const before = await stateAfterReopen(reference);
  const counting = killableFs();
  const store = await openKillStore(reference, counting);
  counting.arm(Number.POSITIVE_INFINITY);
  await change(store);
  const steps = counting.calls();
  await store.close();
  const after = await stateAfterReopen(reference);
  expect(after).not.toEqual(before);
  let [done, undone] = [0, 0];
  for (let at = 1; at <= steps; at++) {
    const dir = await prepare(`kill-${at}`);
    const killable = killableFs();
    const dying = await openKillStore(dir, killable);
    killable.arm(at);
    const answered = await change(dying).then(
      () => true,
      () => false,
    );
    // The process died here: no close, its lock is left behind and taken over by the next open.
    await rm(join(dir, '.lock'));
    const found = await stateAfterReopen(dir);
    expect({ at, found }).toEqual({ at, found: answered ? after : before });
    // Stops the dead store's timers (its file system refuses everything), so none writes into a folder being removed.
    await dying.close().catch(() => undefined);
    if (answered) done++;
    else undone++;
    // The reopened folder takes later changes as usual (checked at some steps: each open costs).
    if (at % 8 === 0) {
      const again = await openKillStore(dir);
      await again.putMany('entries', () => ({ items: [e('later', '2026-03-02')], result: null }));
      await again.close();
      expect((await itemsOnDisk<Entry>(dir, 'entries')).some((it) => it.id === 'later')).toBe(true);
    }
  }
  return { steps, done, undone };
}

describe('a commit killed at every step', () => {
  it('stores all of a change across desk.json and both collections, or none of it, exactly as answered', async () => {
    const outcome = await killAtEveryStep((store) =>
      store.transact((data, tx) => {
        // A new day, an old day changed, an item moved between days (one emptied), a new year.
        tx.putMany('entries', [e('a', '2025-10-01', 'a2'), e('c', '2025-12-01'), e('new', '2026-03-02')]);
        tx.putMany('notes', [n('z', '2027'), n('x', '2025', 'x2')]);
        tx.setMain({ ...data, settings: { ...data.settings, language: 'zh-CN' } });
      }),
    );
    // Both outcomes happened: killed before the record stood, and after.
    expect(outcome.done).toBeGreaterThan(0);
    expect(outcome.undone).toBeGreaterThan(0);
  }, 120_000);

  it('clears collections and rewrites desk.json as one, with no file the index knew brought back from the backup', async () => {
    const outcome = await killAtEveryStep((store) =>
      store.transact((data, tx) => {
        tx.clear('entries');
        tx.clear('notes');
        tx.setMain({ ...data, settings: { ...data.settings, language: null } });
      }),
    );
    expect(outcome.done).toBeGreaterThan(0);
  }, 120_000);

  it('completes a commit whose roll forward is itself killed at every step of the next open', async () => {
    run++;
    const transact: Change = (store) =>
      store.transact(
        (data, tx) => (
          tx.clear('notes'),
          tx.putMany('entries', [e('new', '2026-03-02')]),
          tx.setMain({ ...data, settings: { ...data.settings, language: 'zh-CN' } })
        ),
      );
    const first = join(root, `${run}-first`);
    await cp(template, first, { recursive: true });
    const killable = killableFs();
    const store = await openKillStore(first, killable);
    killable.arm(Number.POSITIVE_INFINITY);
    await transact(store);
    await store.close();
    // Killed right after the record got its name: the next open has all of the change to do.
    const recordWritten = killable.log.findIndex((what) => /^rename .*\.commit$/.test(what)) + 1;
    const crashed = join(root, `${run}-crashed`);
    await cp(template, crashed, { recursive: true });
    const again = killableFs();
    const dying = await openKillStore(crashed, again);
    again.arm(recordWritten + 1);
    expect(await transact(dying).then(() => 'stored')).toBe('stored');
    await rm(join(crashed, '.lock'));
    expect((await readdir(join(crashed, 'journal'))).filter((name) => name.endsWith('.commit'))).toHaveLength(1);
    await dying.close().catch(() => undefined);
    const counting = killableFs();
    const probe = join(root, `${run}-probe`);
    await cp(crashed, probe, { recursive: true });
    counting.arm(Number.POSITIVE_INFINITY);
    await (await openKillStore(probe, counting)).close();
    const steps = counting.calls();
    expect(steps).toBeGreaterThan(20);
    const expected = await stateAfterReopen(probe);
    expect(expected).toMatchObject({ language: 'zh-CN', notes: [] });
    const copyFor = async (at: number) => {
      const dir = join(root, `${run}-recovery-${at}`);
      await cp(crashed, dir, { recursive: true });
      return dir;
    };
    await expectEveryKilledOpenRecovers(steps, copyFor, expected);
  }, 120_000);

  it('moves an item between partitions with put, all or nothing', async () => {
    await killAtEveryStep((store) => store.put('entries', e('b', '2025-11-01', 'moved')));
  }, 120_000);
});
