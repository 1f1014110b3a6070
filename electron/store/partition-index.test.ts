import { describe, expect, it } from 'vitest';

import { groupEntries } from './partition-index';

describe('groupEntries', () => {
  it("reads an index file's entries, keeping only what an entry is made of", () => {
    const file = {
      version: 1,
      partitions: {
        '2026-03-02': { stamp: '1:2:3', hot: true, ids: ['a', 'b'], facts: '{}', extra: 7 },
        '2026-03-03': { stamp: '4:5:6', hot: false, ids: [] },
      },
    };
    expect(Object.fromEntries(groupEntries(file)!)).toEqual({
      '2026-03-02': { stamp: '1:2:3', hot: true, ids: ['a', 'b'], facts: '{}' },
      '2026-03-03': { stamp: '4:5:6', hot: false, ids: [] },
    });
  });

  it('refuses a file that is not one, whole: its partitions are then read in full', () => {
    const entry = { stamp: 's', hot: false, ids: ['a'] };
    for (const bad of [
      null,
      [],
      'x',
      { version: 3, partitions: {} },
      { version: 1 },
      { version: 1, partitions: [] },
      { version: 1, partitions: { d: { ...entry, ids: [1] } } },
      { version: 1, partitions: { d: { ...entry, hot: 'yes' } } },
      { version: 1, partitions: { d: { ...entry, facts: 3 } } },
      { version: 1, partitions: { d: null } },
    ]) {
      expect(groupEntries(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
