import { describe, expect, it } from 'vitest';

import { gbkBytes } from '@test/builders/case-csv';

import { decodeFile } from './file-text';

const HEADER = '伙伴,类型,类别,创建时间\r\n华夏云科技,技术,云产品错误或故障,2026-03-02 10:00\r\n';

describe('decodeFile', () => {
  it('reads a file Excel saved on Chinese Windows (GBK) as GB18030', () => {
    const bytes = gbkBytes(HEADER);
    // Not UTF-8: read as UTF-8, the headers would be garbled.
    expect(new TextDecoder().decode(bytes)).not.toBe(HEADER);
    expect(decodeFile(bytes)).toEqual({ text: HEADER, encoding: 'gb18030' });
  });

  it('reads UTF-8 with or without its byte-order mark, leaving the mark out', () => {
    const utf8 = new TextEncoder().encode(HEADER);
    expect(decodeFile(utf8)).toEqual({ text: HEADER, encoding: 'utf-8' });
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: HEADER, encoding: 'utf-8' });
    expect(decodeFile(new TextEncoder().encode('partner,kind\r\n'))).toEqual({ text: 'partner,kind\r\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark, little- or big-endian', () => {
    const units = Array.from(HEADER, (c) => c.charCodeAt(0));
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(decodeFile(le)).toEqual({ text: HEADER, encoding: 'utf-16le' });
    expect(decodeFile(be)).toEqual({ text: HEADER, encoding: 'utf-16be' });
  });
});
