import type { TFunction } from 'i18next';

import { BEIJING_OFFSET_MS, isIsoInstant, parseInstant } from '@core/time';
import type { ImportRow } from '@main/ipc/contract';

import { BEIJING_ZONE } from '../cases/case-time';

/** One formatter per zone: a preview shows thousands of rows in one zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(ms: number, zone: string): string {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(zone, format);
  }
  const part = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/**
 * T1: a read instant shown as a wall-clock time in the zone the file's times were read in
 * (Beijing, UTC+8 all year, by plain arithmetic; another zone by its rules), as the column
 * header names it; text that is not an instant, as the file wrote it.
 */
export function wallText(openedAt: string, zone: string = BEIJING_ZONE): string {
  if (!isIsoInstant(openedAt)) return openedAt;
  const ms = parseInstant(openedAt);
  if (zone !== BEIJING_ZONE) return wallClock(ms, zone);
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * Ids the row could read are shown by the names the rest of the app gives them (the case form's),
 * which the import reads back; unread text as written.
 */
export function rowCells(t: TFunction, row: ImportRow, zone: string) {
  const name = (key: string, value: string) => (value ? t(key, { defaultValue: value }) : '');
  return {
    kind: name(`cases.kinds.${row.kind}`, row.kind),
    category: name(`cases.categories.${row.category}`, row.category),
    severity: name(`catalog.severities.${row.severity}`, row.severity),
    openedAt: wallText(row.openedAt, zone),
  };
}
