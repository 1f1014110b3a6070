/** A case import file: the header most exports have, then one line per row (fields quoted as needed). */
export const CASE_CSV_HEADER = ['Partner', 'Customer', 'Kind', 'Category', 'Severity', 'Opened at', 'Vendor reference', 'Notes'];

export type CsvRow = {
  partner?: string;
  customer?: string;
  kind?: string;
  category?: string;
  severity?: string;
  openedAt?: string;
  vendorRef?: string;
  notes?: string;
};

const quote = (field: string) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

/** Defaults: a technical case of Lotus Digital, a system exception on 2 March 2026, 10:00 Beijing. */
export function caseCsv(rows: readonly CsvRow[], header: readonly string[] = CASE_CSV_HEADER): string {
  const lines = rows.map((r) =>
    [
      r.partner ?? 'Lotus Digital',
      r.customer ?? 'Shenzhen Retail Co.',
      r.kind ?? 'technical',
      r.category ?? 'product-error-or-fault',
      r.severity ?? 'system-exception',
      r.openedAt ?? '2026-03-02 10:00',
      r.vendorRef ?? '',
      r.notes ?? '',
    ]
      .map(quote)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}

/** Each GBK character's two bytes, found by decoding every two-byte sequence (no encoder for GBK ships with Node or Chromium). */
let gbkCodes: Map<string, number[]> | null = null;

function gbkTable(): Map<string, number[]> {
  if (gbkCodes) return gbkCodes;
  gbkCodes = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !gbkCodes.has(char)) gbkCodes.set(char, [lead, trail]);
    }
  }
  return gbkCodes;
}

/** Text as Excel on Chinese Windows saves a CSV: GBK (ASCII as itself, each Chinese character in two bytes). */
export function gbkBytes(text: string): Uint8Array {
  const table = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const code = table.get(char);
      if (!code) throw new Error(`${char} has no GBK code.`);
      bytes.push(...code);
    }
  }
  return new Uint8Array(bytes);
}
