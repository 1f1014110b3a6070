import type { TFunction } from 'i18next';
import { BEIJING_OFFSET_MS, isIsoInstant, parseInstant } from '../../../core/time';
import type { ImportRow } from '../../../electron/ipc/contract';

/**
 * T1: the file's times are shown in Beijing time (UTC+8 all year), as the hint says they are
 * read; text that is not an instant with an offset as the file wrote it. Plain arithmetic: a
 * preview shows thousands of rows.
 */
export function beijingText(openedAt: string): string {
  if (!isIsoInstant(openedAt)) return openedAt;
  return new Date(parseInstant(openedAt) + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Ids the row could read are shown by name in the user's language; unread text as written. */
export function rowCells(t: TFunction, row: ImportRow) {
  const name = (key: string, value: string) => (value ? t(key, { defaultValue: value }) : '');
  return {
    kind: name(`caseImport.kinds.${row.kind}`, row.kind),
    category: name(`caseImport.categories.${row.category}`, row.category),
    severity: name(`catalog.severities.${row.severity}`, row.severity),
    openedAt: beijingText(row.openedAt),
  };
}
