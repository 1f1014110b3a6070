import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import type { StoredCase } from '../store/records/cases';
import { digestOf } from './held';
import { LocalChanges } from './local-changes';
import { caseYear } from './records';

// A start with sync on writes into the documents only the partner-years changed since the last
// close: the digests kept then say what the documents held of the store's items.

const march = (id: string, partnerId = 'p1') => aStoredCase({ id, partnerId, openedAt: '2026-03-02T02:00:00Z' });
// 31 December 2025 at 17:00 UTC is 1 January 2026 in Beijing (T1): a case of the 2026 year document.
const newYear = aStoredCase({ id: 'c-ny', partnerId: 'p1', openedAt: '2025-12-31T17:00:00Z' });
const lastYear = aStoredCase({ id: 'c-old', partnerId: 'p1', openedAt: '2025-05-06T02:00:00Z' });
const other = march('c-p2', 'p2');

/** A session that read every item at start and wrote each into its document: answers the digests kept at close. */
function aSessionClosedWith(items: readonly StoredCase[]): Record<string, string> {
  const local = new LocalChanges();
  local.itemsAtStart('cases', items);
  const taken = local.takeItems(Infinity);
  local.written(
    taken,
    taken.cases.map((c) => ({ partnerId: c.partnerId, year: caseYear(c) })),
  );
  return local.heldDigests();
}

describe('a start writes only the partner-years changed since the last close', () => {
  const items = [march('c1'), march('c2'), newYear, lastYear, other];

  it('nothing changed: nothing is to be written, and the same digests are kept again', () => {
    const kept = aSessionClosedWith(items);
    expect(Object.keys(kept).sort()).toEqual(['cases/p1/2025', 'cases/p1/2026', 'cases/p2/2026']);
    const local = new LocalChanges(kept);
    expect(
      local.itemsAtStart(
        'cases',
        items.map((c) => ({ ...c })),
      ),
    ).toBe(false);
    expect(local.size).toBe(0);
    expect(local.heldDigests()).toEqual(kept);
  });

  it('a case changed, or added, while sync was off: its partner-year is written whole, the others not', () => {
    const kept = aSessionClosedWith(items);
    const changed = new LocalChanges(kept);
    expect(changed.itemsAtStart('cases', [{ ...march('c1'), state: 'closed' }, march('c2'), newYear, lastYear, other])).toBe(true);
    expect([...changed.cases.keys()].sort()).toEqual(['c-ny', 'c1', 'c2']);

    const added = new LocalChanges(kept);
    added.itemsAtStart('cases', [...items, march('c3', 'p2')]);
    expect([...added.cases.keys()].sort()).toEqual(['c-p2', 'c3']);
  });

  it('a case gone from the store (a backup restored) changes the digest too', () => {
    const kept = aSessionClosedWith(items);
    const local = new LocalChanges(kept);
    local.itemsAtStart('cases', items.slice(1));
    expect([...local.cases.keys()].sort()).toEqual(['c-ny', 'c2']);
  });

  it('with no digests kept (the first start, or a new server) every item is to be written', () => {
    const local = new LocalChanges();
    expect(local.itemsAtStart('cases', items)).toBe(true);
    expect(local.size).toBe(items.length);
  });
});

const p1 = [{ partnerId: 'p1', year: '2026' }];

describe('what is kept at close claims only what reached the documents', () => {
  it('a partner-year with a change still waiting, or taken and not written (failed, or not this manager’s), keeps no digest', () => {
    const local = new LocalChanges();
    local.itemsAtStart('cases', [march('c1'), other]);
    expect(local.heldDigests()).toEqual({});
    const taken = local.takeItems(Infinity);
    expect(local.heldDigests()).toEqual({});
    local.written(taken, [{ partnerId: 'p2', year: '2026' }]);
    expect(Object.keys(local.heldDigests())).toEqual(['cases/p2/2026']);
  });

  it('a write that failed stays unsure after another case of the same partner-year is written', () => {
    const local = new LocalChanges();
    local.itemsAtStart('cases', [march('c1')]);
    local.takeItems(Infinity);
    // That write failed (nothing says written); later another case of p1 in 2026 is logged and written.
    local.itemsWritten('cases', [march('c2')]);
    local.written(local.takeItems(Infinity), p1);
    expect(local.heldDigests()).toEqual({});
    // The failed one, changed again and written this time: now the documents hold both.
    local.itemsWritten('cases', [{ ...march('c1'), state: 'closed' }]);
    local.written(local.takeItems(Infinity), p1);
    expect(Object.keys(local.heldDigests())).toEqual(['cases/p1/2026']);
  });

  it('a change made here after a partner-year was written takes its digest away until it is written too', () => {
    const local = new LocalChanges();
    local.itemsAtStart('cases', [march('c1')]);
    local.written(local.takeItems(Infinity), p1);
    const before = local.heldDigests()['cases/p1/2026'];
    local.itemsWritten('cases', [{ ...march('c1'), state: 'closed' }]);
    expect(local.heldDigests()).toEqual({});
    local.written(local.takeItems(Infinity), p1);
    expect(local.heldDigests()['cases/p1/2026']).not.toBe(before);
  });

  it('while running, what the last close kept is kept but for the partner-years changed since', () => {
    const kept = aSessionClosedWith([march('c1'), other]);
    const local = new LocalChanges(kept);
    local.itemsAtStart('cases', [march('c1'), other]);
    expect(local.heldToKeep(false)).toEqual(kept);
    local.itemsWritten('cases', [{ ...march('c1'), state: 'closed' }]);
    expect(Object.keys(local.heldToKeep(false))).toEqual(['cases/p2/2026']);
  });

  it('a pulled case, stored, counts as held by its document', () => {
    const local = new LocalChanges();
    local.storing([march('c1')]);
    local.itemsWritten('cases', [march('c1')]);
    local.stored();
    expect(local.size).toBe(0);
    expect(Object.keys(local.heldDigests())).toEqual(['cases/p1/2026']);
  });
});

describe('the digest of a partner-year', () => {
  it('does not depend on the order of its items, and tells one more item apart', () => {
    expect(digestOf(['AAAA', 'BBBB'])).toBe(digestOf(['BBBB', 'AAAA']));
    expect(digestOf(['AAAA', 'BBBB'])).not.toBe(digestOf(['AAAA']));
  });
});
