import { DateTime } from 'luxon';

/**
 * The zone a time typed or read without an offset is in: Beijing time (T1: UTC+8 all year, the
 * zone of the vendor's console and of every rule's dates) or this computer's.
 */
export type TimeChoice = 'beijing' | 'computer';

/** T1: Beijing as an IANA name (what main reads files in) and as luxon's fixed zone (no DST, ever). */
export const BEIJING_ZONE = 'Asia/Shanghai';
const BEIJING_FIXED = 'UTC+8';

/** This computer's zone as the system names it (Europe/Berlin). Read each time: a laptop travels. */
export function computerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The IANA zone of a choice, as sent to main. */
export const zoneOf = (choice: TimeChoice): string => (choice === 'beijing' ? BEIJING_ZONE : computerZone());

const luxonZone = (choice: TimeChoice) => (choice === 'beijing' ? BEIJING_FIXED : 'local');

/** The value of a datetime-local input for an instant, in the chosen zone (this computer's unless said). */
export function toLocalInput(ms: number, choice: TimeChoice = 'computer'): string {
  return DateTime.fromMillis(ms, { zone: luxonZone(choice) }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** T1: a datetime-local value, read in the chosen zone, as the exact instant in UTC (as instants are stored); null if incomplete. */
export function fromLocalInput(value: string, choice: TimeChoice = 'computer'): string | null {
  const at = DateTime.fromISO(value, { zone: luxonZone(choice) });
  return at.isValid ? at.toUTC().toISO({ suppressMilliseconds: true }) : null;
}

/** The same instant as the value shows, for the other choice: switching zone keeps the moment, not the digits. */
export function switchZone(value: string, from: TimeChoice, to: TimeChoice): string {
  const iso = fromLocalInput(value, from);
  return iso ? toLocalInput(DateTime.fromISO(iso).toMillis(), to) : value;
}

/** An instant as "2026-03-02 10:00" in the chosen zone, for a sentence that names the zone. */
export function wallText(iso: string, choice: TimeChoice): string {
  return DateTime.fromISO(iso, { zone: luxonZone(choice) }).toFormat('yyyy-MM-dd HH:mm');
}

/** Whether this computer's clock reads as Beijing's at an instant (then one time says it all). */
export const computerIsBeijing = (iso: string): boolean => DateTime.fromISO(iso).toLocal().offset === 8 * 60;
