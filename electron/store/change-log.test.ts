import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { logLine, readLog } from './change-log';

const line = (id: string, text = id) => logLine({ collection: 'cases', schemaVersion: 2, items: [{ id, text }] });
const ids = (bytes: Buffer) => readLog(bytes).puts.map((put) => (put.items[0] as { id: string }).id);

describe('the change log format', () => {
  it('reads back each change in order, with its collection and schema version', () => {
    const bytes = Buffer.concat([line('a'), line('b', '引号 " 和 \n 换行')]);
    expect(readLog(bytes)).toEqual({
      damaged: false,
      puts: [
        { collection: 'cases', schemaVersion: 2, items: [{ id: 'a', text: 'a' }] },
        { collection: 'cases', schemaVersion: 2, items: [{ id: 'b', text: '引号 " 和 \n 换行' }] },
      ],
    });
    // One line per change, in ASCII: a line feed inside a text is escaped.
    expect(bytes.toString('latin1').split('\n')).toHaveLength(3);
    expect([...bytes].every((b) => b < 0x80)).toBe(true);
  });

  it('takes a torn last line, or torn lines at the end, for the end of the log, not for damage', () => {
    const whole = Buffer.concat([line('a'), line('b')]);
    for (const cut of [1, 20, 41, line('c').length - 1]) expect(readLog(Buffer.concat([whole, line('c').subarray(0, cut)]))).toMatchObject({ damaged: false });
    expect(ids(Buffer.concat([whole, line('c').subarray(0, 30)]))).toEqual(['a', 'b']);
    // A crash can leave the end of a file as zeros of its new length: complete lines of them.
    expect(readLog(Buffer.concat([whole, Buffer.alloc(50), Buffer.from('\n')]))).toMatchObject({ damaged: false, puts: [{}, {}] });
    expect(readLog(Buffer.alloc(0))).toEqual({ damaged: false, puts: [] });
  });

  it('says a line that does not check out before good ones is damage, and keeps the good ones', () => {
    const garbled = Buffer.from(line('b'));
    garbled.write('zz', 50, 'latin1');
    const read = readLog(Buffer.concat([line('a'), garbled, line('c')]));
    expect(read.damaged).toBe(true);
    expect(read.puts.map((put) => (put.items[0] as { id: string }).id)).toEqual(['a', 'c']);
    // A line whose checksum matches but is not a change (hand-made) is damage too.
    const body = JSON.stringify({ log: 1, c: 'cases', v: 'two', items: [] });
    const foreign = Buffer.from(`${createHash('sha1').update(body).digest('hex')} ${body}\n`);
    expect(readLog(Buffer.concat([foreign, line('a')])).damaged).toBe(true);
  });
});
