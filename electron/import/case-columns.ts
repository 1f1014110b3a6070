/**
 * Which column of an import file holds which case field, found by header name: case-insensitive,
 * in English or Chinese, since files come from the vendor console's export (either language) or
 * from a spreadsheet a manager typed. Columns the app does not know are ignored.
 */
import { nameKey } from '@core/cases';
import enImport from '@locales/en/case-import.json' with { type: 'json' };
import enCases from '@locales/en/cases.json' with { type: 'json' };
import zhImport from '@locales/zh-CN/case-import.json' with { type: 'json' };
import zhCases from '@locales/zh-CN/cases.json' with { type: 'json' };

export type CaseColumn = 'partner' | 'customer' | 'kind' | 'category' | 'severity' | 'openedAt' | 'vendorRef' | 'notes';

const ALIASES: Record<CaseColumn, readonly string[]> = {
  partner: ['partner', 'partner name', 'partner id', '伙伴', '合作伙伴', '伙伴名称'],
  customer: ['customer', 'customer name', '客户', '客户名称'],
  kind: ['kind', 'case kind', 'type', 'case type', '类型', '工单类型'],
  category: ['category', 'case category', '类别', '问题类别'],
  severity: ['severity', '严重级别', '严重程度'],
  openedAt: ['opened at', 'opened', 'created at', 'created', 'submitted at', '创建时间', '提交时间'],
  vendorRef: ['vendor reference', 'vendor ref', 'reference', 'case id', 'case number', '工单号', '工单编号'],
  notes: ['notes', 'note', 'remarks', '备注'],
};

/** A header may also be the field's label on the app's screens, in either language: the case form's, or the import preview's. */
const SHOWN: readonly Partial<Record<CaseColumn, string>>[] = [
  enCases.cases.form,
  zhCases.cases.form,
  enImport.caseImport.columns,
  zhImport.caseImport.columns,
];

/** Each header's column by its nameKey ("Opened_At", " OPENED-AT " and "opened at" are one header). */
const HEADERS = new Map<string, CaseColumn>();
for (const column of Object.keys(ALIASES) as CaseColumn[]) {
  for (const name of [...ALIASES[column], ...SHOWN.flatMap((labels) => labels[column] ?? [])])
    if (!HEADERS.has(nameKey(name))) HEADERS.set(nameKey(name), column);
}

/** P3/T1: without these a row cannot be checked at all (severity may be empty: Basic has none, P2). */
export const REQUIRED_COLUMNS: readonly CaseColumn[] = ['partner', 'kind', 'category', 'openedAt'];

/** How a column is named in a message that goes to a user of either language. */
export const columnTitle = (column: CaseColumn): string => `${ALIASES[column][0]} / ${ALIASES[column].find((a) => /[^\x20-\x7e]/.test(a))}`;

export type ColumnMap = Partial<Record<CaseColumn, number>>;

/** The index of each known column (the first, when a file repeats one), or the required ones missing. */
export function mapColumns(header: readonly string[]): { ok: true; columns: ColumnMap } | { ok: false; missing: CaseColumn[] } {
  const columns: ColumnMap = {};
  header.forEach((name, index) => {
    const column = HEADERS.get(nameKey(name));
    if (column && columns[column] === undefined) columns[column] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((c) => columns[c] === undefined);
  return missing.length > 0 ? { ok: false, missing } : { ok: true, columns };
}

const valueAt = (fields: readonly string[], index: number | undefined) => (index === undefined ? '' : (fields[index] ?? '').trim());

/** One record's values by column, trimmed; '' where the column is absent or the record short. */
export function valuesOf(fields: readonly string[], columns: ColumnMap): Record<CaseColumn, string> {
  return {
    partner: valueAt(fields, columns.partner),
    customer: valueAt(fields, columns.customer),
    kind: valueAt(fields, columns.kind),
    category: valueAt(fields, columns.category),
    severity: valueAt(fields, columns.severity),
    openedAt: valueAt(fields, columns.openedAt),
    vendorRef: valueAt(fields, columns.vendorRef),
    notes: valueAt(fields, columns.notes),
  };
}
