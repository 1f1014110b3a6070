import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import { aDeskWith, anEntry, aStoredPartner } from '../handover/handover-test-builders';
import { LocalChanges } from './local-changes';

// What the store writes is compared with what was last seen of it; what a pull stores is seen already.

const opened = aStoredCase({ id: 'c1', partnerId: 'p1' });
const closed = { ...opened, state: 'closed' as const };

describe('changes made here, told apart from what a pull stores', () => {
  it("the store's echo of a pulled case is nothing to write back; a change to it afterwards is", () => {
    const local = new LocalChanges();
    local.storing([opened]);
    expect(local.itemsWritten('cases', [{ ...opened }])).toBe(false);
    local.stored();
    expect(local.itemsWritten('cases', [{ ...closed }])).toBe(true);
    expect(local.cases.get('c1')?.state).toBe('closed');
  });

  it('a pulled case whose write never came (the write failed) is not taken as seen when a change to it is written later', () => {
    const local = new LocalChanges();
    local.storing([opened]);
    local.stored();
    expect(local.itemsWritten('cases', [{ ...closed }])).toBe(true);
  });

  it('the same case read again as a new object, unchanged, is not a change', () => {
    const local = new LocalChanges();
    expect(local.itemsWritten('cases', [{ ...opened }])).toBe(true);
    local.cases.clear();
    expect(local.itemsWritten('cases', [{ ...opened }])).toBe(false);
  });
});

describe('what the store holds, as far as it told (a pull reads the store only where this cannot say)', () => {
  it('a pulled case is held once its write echoed, not before, and not when the write failed', () => {
    const local = new LocalChanges();
    local.storing([opened]);
    expect(local.holds(opened)).toBe(false);
    local.itemsWritten('cases', [{ ...opened }]);
    local.stored();
    expect(local.holds({ ...opened })).toBe(true);
    expect(local.holds(closed)).toBe(false);

    const failed = new LocalChanges();
    failed.storing([opened]);
    failed.stored();
    expect(failed.holds(opened)).toBe(false);
  });

  it('a case changed here is held as changed; after a partition was removed nothing is vouched for', () => {
    const local = new LocalChanges();
    local.itemsWritten('cases', [opened]);
    local.itemsWritten('cases', [closed]);
    expect(local.holds(closed)).toBe(true);
    expect(local.holds(opened)).toBe(false);
    local.itemsRemoved();
    expect(local.holds(closed)).toBe(false);
  });
});

describe("desk.json's part of a partner, told apart from what a pull stores", () => {
  it("the store's echo of a pulled partner is nothing to write back; a change to it afterwards is", () => {
    const local = new LocalChanges();
    const pulled = aDeskWith(anEntry({ partner: aStoredPartner() }));
    local.storingMain(pulled, ['p-1']);
    expect(local.mainWritten(structuredClone(pulled))).toBe(false);
    expect(local.mainWritten(aDeskWith(anEntry({ partner: aStoredPartner({ notes: 'Prefers mail' }) })))).toBe(true);
    expect([...local.main]).toEqual(['p-1']);
  });
});
