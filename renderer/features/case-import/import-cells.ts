import type { TFunction } from 'i18next';
import { BEIJING_OFFSET_MS, isIsoInstant, parseInstant } from '../../../core/time';
import type { ErrorBody, ImportRow } from '../../../electron/ipc/contract';
import { errorSentence } from '../../ui/error-sentence';

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

/** Why a row is skipped: the import's own wording where it has one (a duplicate found by content), else the app's sentence for the code. */
export const reasonText = (t: TFunction, error: ErrorBody): string => t(`caseImport.reasons.${error.code}`, { defaultValue: '' }) || errorSentence(t, error);
