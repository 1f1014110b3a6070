import { daysInMonthOf, formatYmd } from '@core/time';

/**
 * What a date, month or time field reads from its text. The app writes dates as ISO in both
 * languages ("2026-03-09", "2026-03", "14:30", 24-hour), which sorts, reads the same to a Chinese
 * and an English manager, and is what the vendor's console and CSV files use. Typing is lenient:
 * any of - / . as separators, one-digit months and days, the Chinese "2026年3月9日" and "2026年3月",
 * full-width digits, and "9.30" or "0930" for a time; the field shows the ISO form once the user leaves it.
 */
export type DateText =
  | { ok: true; value: string }
  | { ok: false; problem: 'format' }
  | { ok: false; problem: 'no-such-day'; year: number; month: number; day: number; days: number };
export type MonthText = { ok: true; value: string } | { ok: false; problem: 'format' };
export type TimeText = { ok: true; value: string } | { ok: false; problem: 'format' | 'no-such-time' };

/** Full-width digits and punctuation (a Chinese input method's) as their ASCII twins; spaces dropped. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[／－．。]/g, (c) => ({ '／': '/', '－': '-', '．': '.', '。': '.' })[c] ?? c)
    .replace(/：/g, ':')
    .replace(/\s+/g, '');
}

const DATE = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?|(\d{2})(\d{2}))$/;
const MONTH = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月?)$/;
const TIME = /^(\d{1,2})(?:[:.](\d{2})|(\d{2}))$/;

/** A typed date as YYYY-MM-DD, or why it is not one. */
export function parseDateText(text: string): DateText {
  const match = DATE.exec(normalise(text));
  if (!match) return { ok: false, problem: 'format' };
  const year = Number(match[1]);
  const month = Number(match[2] ?? match[4] ?? match[6]);
  const day = Number(match[3] ?? match[5] ?? match[7]);
  if (month < 1 || month > 12) return { ok: false, problem: 'format' };
  const days = daysInMonthOf(year, month);
  if (day < 1 || day > days) return { ok: false, problem: 'no-such-day', year, month, day, days };
  return { ok: true, value: formatYmd(year, month, day) };
}

/** A typed month as YYYY-MM, or why it is not one. */
export function parseMonthText(text: string): MonthText {
  const match = MONTH.exec(normalise(text));
  const month = Number(match?.[2] ?? match?.[3]);
  if (!match || month < 1 || month > 12) return { ok: false, problem: 'format' };
  return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}` };
}

/** A typed time of day, 24-hour, as HH:mm, or why it is not one. */
export function parseTimeText(text: string): TimeText {
  const match = TIME.exec(normalise(text));
  if (!match) return { ok: false, problem: 'format' };
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3]);
  if (hours > 23 || minutes > 59) return { ok: false, problem: 'no-such-time' };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/**
 * A calendar date as the picker's Date: midnight on this computer's clock, read back by its local
 * fields. The picker only draws days; the date itself stays the Beijing date the app means (T1).
 */
export function pickerDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

/** The YYYY-MM-DD of a date the picker gives back. */
export function isoOfPickerDate(date: Date): string {
  return formatYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
