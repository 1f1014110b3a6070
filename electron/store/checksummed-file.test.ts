import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { appendedText, checksumMatches, partitionText, verifiedItems } from './checksummed-file';

type Item = { id: string; text: string };
const items = fc.array(fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }) }), { maxLength: 8 });

describe('appendedText', () => {
  it("is byte for byte the file written whole with the items appended, whatever the items' text", () => {
    fc.assert(
      fc.property(items, items, (old, added) => {
        fc.pre(added.length > 0);
        const spliced = appendedText<Item>(partitionText({ schemaVersion: 3, items: old }), 3, added);
        expect(spliced?.equals(partitionText({ schemaVersion: 3, items: [...old, ...added] }))).toBe(true);
        expect(checksumMatches(spliced!)).toBe(true);
        expect(verifiedItems<Item>(spliced!, 3)).toEqual([...old, ...added]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a file that is not exactly what the app wrote in this version, so it is written whole', () => {
    const file = partitionText<Item>({ schemaVersion: 1, items: [{ id: 'a', text: 'one' }] });
    const added = [{ id: 'b', text: 'two' }];
    expect(appendedText(file, 2, added)).toBeUndefined();
    expect(appendedText(Buffer.from(file.toString('latin1').replace('one', 'onf'), 'latin1'), 1, added)).toBeUndefined();
    expect(appendedText(file.subarray(0, file.length - 1), 1, added)).toBeUndefined();
    expect(appendedText(Buffer.alloc(file.length), 1, added)).toBeUndefined();
    expect(appendedText(Buffer.from('{"schemaVersion":1,"items":[]}', 'latin1'), 1, added)).toBeUndefined();
    expect(appendedText(file, 1, [])).toBeUndefined();
  });
});
