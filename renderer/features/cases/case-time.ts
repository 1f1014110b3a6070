import { DateTime } from 'luxon';

/** The value of a datetime-local input for an instant, in the laptop's zone. */
export function toLocalInput(ms: number): string {
  return DateTime.fromMillis(ms).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** T1: a datetime-local value (the laptop's zone) as an instant with its offset; null if incomplete. */
export function fromLocalInput(value: string): string | null {
  const at = DateTime.fromISO(value);
  return at.isValid ? at.toISO({ suppressMilliseconds: true }) : null;
}
