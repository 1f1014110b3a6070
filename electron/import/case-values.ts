import type { CaseCategoryId, CaseKind, SeverityId } from '@core/catalog';
import { DAY_MS, formatInstant, formatYmd, HOUR_MS, isIsoDate, type IsoDate, MINUTE_MS, toDayNumber } from '@core/time';

import { caseNames } from './case-names';
import { BEIJING_ZONE, wallTimeReader } from './zone-time';

/** A file repeats a handful of spellings thousands of times: each is read once (a hostile file's many are forgotten now and then). */
function remembered<T>(read: (text: string) => T, max = 1000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (seen.has(text)) return seen.get(text)!;
    const value = read(text);
    if (seen.size >= max) seen.clear();
    seen.set(text, value);
    return value;
  };
}

/** P3: the kind of support a case asks for, by any of its names (see case-names.ts). */
export const readKind = remembered((text: string): CaseKind | null => caseNames.kind.read(text));

/** P4: a category by its id, the product description's wording or a label the app shows in either language. */
export const readCategory = remembered((text: string): CaseCategoryId | null => caseNames.category.read(text));

/** P2: a severity by its id, Table 5-2 / 5-3 wording or its label in either language. */
export const readSeverity = remembered((text: string): SeverityId | null => caseNames.severity.read(text));

/**
 * A date and time as spreadsheets and exports write them: 2026-03-02 10:00, 2026/3/2 10:00:15,
 * 2026-03-02T10:00:00.5, optionally followed by an offset (Z, +08:00, +0800, +08, UTC+8).
 */
const TIME = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|(?:UTC|GMT)?[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?$/i;
const OFFSET = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/** An offset's milliseconds east of UTC, or null beyond what any zone uses (±14:00). */
function offsetMs(text: string): number | null {
  if (/^(Z|UTC|GMT)$/i.test(text)) return 0;
  const m = OFFSET.exec(text);
  if (!m) return null;
  const [hours, minutes] = [Number(m[2]), Number(m[3] ?? '0')];
  if (minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes) * MINUTE_MS;
}

/**
 * T1: reads opening times into UTC ISO instants (seconds kept, fractions dropped as everywhere,
 * see formatInstant), or null when unreadable. A time with an offset is that instant, whatever
 * `zone`; one without is a wall-clock time in `zone`: Beijing unless the user says the file uses
 * this computer's time. One reader per import: each spelling is read once.
 */
export function openedAtReader(zone: string = BEIJING_ZONE): (text: string) => string | null {
  const inZone = wallTimeReader(zone);
  return remembered((text: string): string | null => {
    const m = TIME.exec(text.trim());
    if (!m) return null;
    const day = isoDateOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
    const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
    // 24:00 is the next midnight, as in any ISO time of day.
    if (day === null || minutes > 59 || seconds > 59 || hours > 24 || (hours === 24 && minutes + seconds > 0)) return null;
    const wall = toDayNumber(day) * DAY_MS + hours * HOUR_MS + minutes * MINUTE_MS + seconds * 1000;
    if (m[7] === undefined) return formatInstant(inZone(wall));
    const offset = offsetMs(m[7]);
    return offset === null ? null : formatInstant(wall - offset);
  });
}

/** T1: a time without an offset is Beijing time. */
export const readOpenedAt = openedAtReader(BEIJING_ZONE);

/** A date from its numbers (as a spreadsheet writes them, 2026/3/2), or null when there is no such day. */
const isoDateOrNull = (year: number, month: number, day: number): IsoDate | null => {
  const date = formatYmd(year, month, day);
  return isIsoDate(date) ? date : null;
};
