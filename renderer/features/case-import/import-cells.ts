import type { TFunction } from 'i18next';
import { DateTime } from 'luxon';
import type { ImportRow } from '../../../electron/ipc/contract';

/** T1: the file's times are shown in Beijing time, as the hint says they are read. */
export function beijingText(openedAt: string): string {
  const time = DateTime.fromISO(openedAt, { setZone: true });
  return time.isValid && /[zZ]|[+-]\d\d:?\d\d$/.test(openedAt) ? time.setZone('Asia/Shanghai').toFormat('yyyy-MM-dd HH:mm') : openedAt;
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
