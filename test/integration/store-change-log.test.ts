import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { logLine } from '@main/store/change-log';

import { aKillTemplate, type Change, e, expectEveryKilledOpenRecovers, n, openKillStore, type State, stateAfterReopen } from '../builders/kill-store';
import { killableFs } from '../builders/killable-fs';

let root: string;
let template: string;
beforeAll(async () => ({ root, template } = await aKillTemplate()));
afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }));

let folders = 0;
const copy = async (from = template) => {
  const dir = join(root, `copy-${++folders}`);
  await cp(from, dir, { recursive: true });
  return dir;
};
const logOf = (dir: string) => readFile(join(dir, 'journal', 'changes.log'));

// Logged changes (a new day, an old day changed, the other collection), one larger change that
// has to write them into their files first, and one more logged after it.
const CHANGES: Change[] = [
  (store) => store.put('entries', e('new', '2026-03-02')),
  (store) => store.put('entries', e('a', '2025-10-01', 'a2')),
  (store) => store.put('notes', n('y', '2026', 'y2')),
  (store) =>
    store.transact((data, tx) => {
      tx.putMany('entries', [e('d', '2026-03-01', 'd2')]);
      tx.setMain({ ...data, settings: { ...data.settings, language: 'zh-CN' } });
    }),
  (store) => store.put('entries', e('later', '2026-03-02')),
];

/** The state after the first `count` changes, each answered, the store closed in good order. */
async function stateAfter(count: number): Promise<State> {
  const dir = await copy();
  const store = await openKillStore(dir);
  for (const change of CHANGES.slice(0, count)) await change(store);
  await store.close();
  return stateAfterReopen(dir);
}

/** Runs the changes on a store whose process dies at its `at`-th file-system call: how many were answered. */
async function killedAt(dir: string, at: number): Promise<number> {
  const killable = killableFs();
  const dying = await openKillStore(dir, killable);
  killable.arm(at);
  let answered = 0;
  for (const change of CHANGES) {
    if (
      !(await change(dying).then(
        () => true,
        () => false,
      ))
    )
      break;
    answered++;
  }
  // Died: no close, the lock left behind. Closing now only stops its timers (every call fails).
  await rm(join(dir, '.lock'));
  await dying.close().catch(() => undefined);
  return answered;
}

describe('the change log', () => {
  it('keeps every answered change and never half of one, killed at every step of a run of changes', async () => {
    const states = [];
    for (let count = 0; count <= CHANGES.length; count++) states.push(await stateAfter(count));
    const counting = killableFs();
    const probe = await copy();
    const store = await openKillStore(probe, counting);
    counting.arm(Number.POSITIVE_INFINITY);
    for (const change of CHANGES) await change(store);
    const steps = counting.calls();
    await store.close();
    // The logged changes cost two calls each (the append and its fsync); the larger one many more.
    expect(counting.log.filter((what) => what.startsWith('datasync'))).toHaveLength(4);
    const outcomes = new Set<string>();
    for (let at = 1; at <= steps; at++) {
      const dir = await copy();
      const answered = await killedAt(dir, at);
      const found = await stateAfterReopen(dir);
      // The change in flight when the process died may have reached the disk or not, but whole.
      const possible = [states[answered], ...(answered < CHANGES.length ? [states[answered + 1]] : [])];
      expect({ at, answered, found: possible.some((state) => JSON.stringify(state) === JSON.stringify(found)) }).toEqual({ at, answered, found: true });
      outcomes.add(`${answered}:${JSON.stringify(found) === JSON.stringify(states[answered])}`);
    }
    // Kills landed before, inside and after each change.
    expect(outcomes.size).toBeGreaterThan(CHANGES.length);
  }, 180_000);

  it('completes a replay that is itself killed at every step of the next open', async () => {
    const crashed = await copy();
    const killable = killableFs();
    const dying = await openKillStore(crashed, killable);
    killable.arm(Number.POSITIVE_INFINITY);
    for (const change of [CHANGES[0]!, CHANGES[1]!, CHANGES[2]!]) await change(dying);
    // Died before the files caught up with the log.
    killable.arm(1);
    await rm(join(crashed, '.lock'));
    await dying.close().catch(() => undefined);
    expect((await logOf(crashed)).toString('latin1').split('\n')).toHaveLength(4);
    const expected = await stateAfter(3);
    const probe = await copy(crashed);
    const counting = killableFs();
    counting.arm(Number.POSITIVE_INFINITY);
    await (await openKillStore(probe, counting)).close();
    await expectEveryKilledOpenRecovers(counting.calls(), () => copy(crashed), expected);
  }, 120_000);

  it('ignores a line torn by a crash mid-append, which was never answered', async () => {
    const dir = await copy();
    const torn = logLine({ collection: 'entries', schemaVersion: 1, items: [e('torn', '2026-03-02')] });
    const whole = logLine({ collection: 'entries', schemaVersion: 1, items: [e('kept', '2026-03-02')] });
    await writeFile(join(dir, 'journal', 'changes.log'), Buffer.concat([whole, torn.subarray(0, torn.length - 9)]));
    const store = await openKillStore(dir);
    expect(store.notices).toEqual([]);
    expect((await store.collection('entries').inPartition('2026-03-02')).map((it) => it.id)).toEqual(['kept']);
    expect((await logOf(dir)).length).toBe(0);
    await store.close();
  });

  it('keeps a log damaged in the middle aside, says so, and stores every change that reads back', async () => {
    const dir = await copy();
    const lines = ['one', 'two', 'three'].map((id) => logLine({ collection: 'entries', schemaVersion: 1, items: [e(id, '2026-03-02')] }));
    const garbled = Buffer.from(lines[1]!);
    garbled.write('#####', 60, 'latin1');
    const bytes = Buffer.concat([lines[0]!, garbled, lines[2]!]);
    await writeFile(join(dir, 'journal', 'changes.log'), bytes);
    const store = await openKillStore(dir);
    expect(store.notices).toMatchObject([{ kind: 'damaged-file', file: 'journal/changes.log', restoredFrom: null }]);
    const kept = store.notices[0]!.movedTo!;
    expect(await readFile(join(dir, kept))).toEqual(bytes);
    expect((await store.collection('entries').inPartition('2026-03-02')).map((it) => it.id)).toEqual(['one', 'three']);
    // The log starts afresh and takes new changes.
    await store.put('entries', e('four', '2026-03-02'));
    await store.close();
    const again = await openKillStore(dir);
    expect(again.notices).toEqual([]);
    expect((await again.collection('entries').inPartition('2026-03-02')).map((it) => it.id)).toEqual(['one', 'three', 'four']);
    expect((await readdir(join(dir, 'journal'))).sort()).toEqual(['changes.log', kept.slice('journal/'.length)]);
    await again.close();
  });
});
