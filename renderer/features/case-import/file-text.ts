/** The encodings an import file is read in; the preview names the one used. */
export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type FileText = { text: string; encoding: FileEncoding };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * A CSV file's text. UTF-16 is known by its byte-order mark (Excel's "Unicode text"); a file that
 * is valid UTF-8 is UTF-8, with or without its mark; anything else is taken as GB18030, which
 * Excel on Chinese Windows saves ("CSV (comma delimited)" in the system's code page, GBK, which
 * GB18030 contains). The byte-order mark is not part of the text.
 */
export function decodeFile(bytes: Uint8Array): FileText {
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
