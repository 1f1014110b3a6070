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
