// Instants: ISO-8601 strings with an explicit offset in, UTC ISO without milliseconds out (T1).
import { dayNumberAt, fromDayNumber, type IsoDate, toDayNumber } from './dates';

export type IsoInstant = string;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** T1: Beijing is UTC+8 all year (no DST). */
export const BEIJING_OFFSET_MS = 8 * HOUR_MS;

const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Milliseconds since the epoch. The offset is mandatory: an instant without one would be read in
 * the laptop's zone, which T1 forbids.
 */
export function parseInstant(instant: IsoInstant): number {
  const own = parseOwnForm(instant);
  if (!Number.isNaN(own)) return own;
  const m = INSTANT_PATTERN.exec(instant);
  if (!m) throw new RangeError(`Not an ISO instant with an offset: ${instant}`);
  const day = toDayNumber(`${m[1]}-${m[2]}-${m[3]}`);
  const [hh, mm, ss] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  if (hh > 24 || mm > 59 || ss > 59 || (hh === 24 && (mm > 0 || ss > 0))) {
    throw new RangeError(`Not a valid time of day: ${instant}`);
  }
  const fraction = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
  const zone = m[8] ?? 'Z';
  let offsetMs = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMs = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * MINUTE_MS;
    if (zone.startsWith('-')) offsetMs = -offsetMs;
  }
  return day * DAY_MS + hh * HOUR_MS + mm * MINUTE_MS + ss * 1000 + fraction - offsetMs;
}

const digitAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};

/**
 * The app's own form, 'YYYY-MM-DDTHH:MM:SSZ' (what formatInstant writes and every stored
 * instant is), read without a regular expression; NaN for anything else, which the general
 * reader then takes (and refuses if it must).
 */
function parseOwnForm(instant: string): number {
  if (instant.length !== 20 || instant.charCodeAt(10) !== 84 || instant.charCodeAt(19) !== 90 || instant.charCodeAt(13) !== 58 || instant.charCodeAt(16) !== 58)
    return Number.NaN;
  const hh = digitAt(instant, 11) * 10 + digitAt(instant, 12);
  const mm = digitAt(instant, 14) * 10 + digitAt(instant, 15);
  const ss = digitAt(instant, 17) * 10 + digitAt(instant, 18);
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) return Number.NaN;
  return dayNumberAt(instant, 0) * DAY_MS + hh * HOUR_MS + mm * MINUTE_MS + ss * 1000;
}

export function isIsoInstant(value: unknown): value is IsoInstant {
  if (typeof value !== 'string') return false;
  try {
    parseInstant(value);
    return true;
  } catch {
    return false;
  }
}

/** The instants whose year has four digits (0000-9999): formatInstant writes those itself. */
const FOUR_DIGIT_YEARS = { from: -62_167_219_200_000 /* 0000-01-01T00:00:00Z */, until: 253_402_300_800_000 /* 10000-01-01T00:00:00Z */ };

const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** UTC ISO without milliseconds: '2026-03-02T02:15:00Z'. */
export function formatInstant(ms: number): IsoInstant {
  if (!(ms >= FOUR_DIGIT_YEARS.from && ms < FOUR_DIGIT_YEARS.until)) {
    // toISOString always ends in '.sssZ' (and throws for what is no instant); the milliseconds are floored away first.
    return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, -5)}Z`;
  }
  const seconds = Math.floor(ms / 1000);
  const day = Math.floor(seconds / 86_400);
  const inDay = seconds - day * 86_400;
  const hours = Math.floor(inDay / 3600);
  const minutes = Math.floor((inDay % 3600) / 60);
  return `${fromDayNumber(day)}T${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(inDay % 60)}Z`;
}

export function normalizeInstant(instant: IsoInstant): IsoInstant {
  return formatInstant(parseInstant(instant));
}

/** T1: the Beijing calendar date of an instant, whatever the machine's zone. */
export function beijingDateOf(instant: IsoInstant | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : parseInstant(instant);
  return fromDayNumber(Math.floor((ms + BEIJING_OFFSET_MS) / DAY_MS));
}

/** The instant of 00:00 Beijing time on a date. */
export function beijingMidnight(date: IsoDate): number {
  return toDayNumber(date) * DAY_MS - BEIJING_OFFSET_MS;
}

/** The instant of hh:mm Beijing time on a date (for TAM hours, display). */
export function beijingTime(date: IsoDate, hours: number, minutes = 0): number {
  return beijingMidnight(date) + hours * HOUR_MS + minutes * MINUTE_MS;
}
