import { describe, expect, it } from 'vitest';

import { parseCsv } from '../import/csv';
import { BOM, csvField, writeCsv } from './csv-writer';

describe('CSV writer', () => {
  it('starts with a BOM so spreadsheet programs read UTF-8 Chinese, and ends lines with CRLF', () => {
    const csv = writeCsv({ header: ['伙伴', 'Amount'], rows: [['蓝海科技', 1234.56]] });
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"伙伴","Amount"\r\n"蓝海科技",1234.56\r\n`);
  });

  it('neutralises text a spreadsheet would run as a formula, but writes numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+86 10 1234')).toBe(`"'+86 10 1234"`);
    expect(csvField('-refund')).toBe(`"'-refund"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\tcmd')).toBe(`"'\tcmd"`);
    expect(csvField('\rcmd')).toBe(`"'\rcmd"`);
    expect(csvField(-1500.5)).toBe('-1500.5');
    expect(csvField(0)).toBe('0');
    expect(csvField('a=b')).toBe('"a=b"');
  });

  it("keeps a field one cell whatever the reader's list separator, so no part of it can run", () => {
    const csv = writeCsv({
      header: ['Partner', 'Used'],
      rows: [
        ['Acme;=1+1;', 2],
        ['Tab\t=2+2', 3],
      ],
    });
    for (const separator of [',', ';', '\t'] as const) {
      const rows = parseCsv(csv, separator).records.map((r) => r.fields);
      // Read with another separator the row's cells run together, but the text stays in one cell.
      expect(rows.slice(1).map((r) => r[0])).toEqual([expect.stringMatching(/^Acme;=1\+1;/), expect.stringMatching(/^Tab\t=2\+2/)]);
      expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    }
  });

  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(csvField('Lotus, Inc.')).toBe('"Lotus, Inc."');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('""');
    expect(csvField(null)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow();
  });

  it('holds one table, its header on the first line, and reads back as it was written', () => {
    const csv = writeCsv({
      header: ['Partner', 'Used'],
      rows: [
        ['=1+1', 3],
        ['Lotus, Inc.', null],
      ],
    });
    const rows = parseCsv(csv).records.map((r) => r.fields);
    expect(rows).toEqual([
      ['Partner', 'Used'],
      ["'=1+1", '3'],
      ['Lotus, Inc.', ''],
    ]);
  });
});
