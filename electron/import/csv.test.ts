import { describe, expect, it } from 'vitest';

import { CsvError, CsvReader, detectDelimiter, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain records with LF or CRLF line ends, and a final line without one', () => {
    expect(fieldsOf('a,b\n1,2\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(fieldsOf('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fieldsOf('name,notes\n"Lotus, Inc.","said ""hi""\r\nthen left"\n')).toEqual([
      ['name', 'notes'],
      ['Lotus, Inc.', 'said "hi"\r\nthen left'],
    ]);
  });

  it('numbers each record by the line it starts on, across embedded line breaks', () => {
    const { records } = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('drops a UTF-8 byte-order mark so the first header is found by its name', () => {
    expect(fieldsOf('\uFEFF伙伴,客户\n华夏云,深圳零售')).toEqual([
      ['伙伴', '客户'],
      ['华夏云', '深圳零售'],
    ]);
  });

  it('keeps empty fields, including trailing ones', () => {
    expect(fieldsOf('a,b,c\n,,\n1,,')).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['1', '', ''],
    ]);
  });

  it('skips blank lines', () => {
    expect(fieldsOf('a\n\n\r\n1\n\n')).toEqual([['a'], ['1']]);
  });

  it('takes ; or tab as the delimiter when the header line uses it', () => {
    expect(parseCsv('a;b;c\n1,5;2;3').records[1]!.fields).toEqual(['1,5', '2', '3']);
    expect(parseCsv('a\tb\n"x\ty"\tz').records[1]!.fields).toEqual(['x\ty', 'z']);
    expect(detectDelimiter('"a;b",c\n1;2;3')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('refuses a quote that is never closed, naming the line it opens on', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvError);
    const caught = (() => {
      try {
        return parseCsv('a,b\n1,2\n3,"open');
      } catch (error) {
        return error;
      }
    })();
    expect(caught).toMatchObject({ line: 3 });
  });

  it('reads an empty text as no records', () => {
    expect(parseCsv('')).toEqual({ delimiter: ',', records: [] });
    expect(parseCsv('\uFEFF')).toEqual({ delimiter: ',', records: [] });
  });
});

describe('CsvReader', () => {
  it('reads one record at a time, saying how far it got, and the same records parseCsv gives', () => {
    const text = '\uFEFFa;b\r\n"x;\r\ny";""""\n\n"tail" end;z';
    const reader = new CsvReader(text);
    expect([reader.delimiter, reader.position, reader.length]).toEqual([';', 0, text.length - 1]);
    const first = reader.next();
    expect([first, reader.position]).toEqual([{ line: 1, fields: ['a', 'b'] }, 5]);
    expect(reader.next()).toEqual({ line: 2, fields: ['x;\r\ny', '"'] });
    expect(reader.next()).toEqual({ line: 5, fields: ['tail end', 'z'] });
    expect([reader.next(), reader.position]).toEqual([null, reader.length]);
    expect(parseCsv(text).records).toEqual([first, { line: 2, fields: ['x;\r\ny', '"'] }, { line: 5, fields: ['tail end', 'z'] }]);
  });

  it('refuses a quote never closed when it reaches it, not before', () => {
    const reader = new CsvReader('a,b\n1,2\n3,"open\n4,5');
    expect(reader.next()).toEqual({ line: 1, fields: ['a', 'b'] });
    expect(reader.next()).toEqual({ line: 2, fields: ['1', '2'] });
    expect(() => reader.next()).toThrow(expect.objectContaining({ line: 3 }));
  });
});
