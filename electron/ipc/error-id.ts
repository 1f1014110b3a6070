import { randomBytes } from 'node:crypto';

/**
 * A short id for one unexpected failure ("7F3A"): the page shows it and the log holds it with
 * the cause, so a user's "I got error 7F3A" finds its line in the log they send. Four hex digits
 * are enough to tell apart the few failures of one log file; they are not a key.
 */
export function newErrorId(): string {
  return randomBytes(2).toString('hex').toUpperCase();
}
