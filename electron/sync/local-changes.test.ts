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
