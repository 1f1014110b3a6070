import { formatInstant, type IsoInstant } from '../time';

/**
 * C1 / C2: an instant written to the millisecond, so that what is stored and sent to the screen
 * compares exactly as the instant itself: the app's own form ('2026-03-02T01:30:00Z') for whole
 * seconds, with the milliseconds ('2026-03-02T01:30:00.500Z') otherwise. formatInstant drops
 * them, which is right for display and wrong for a due time: a case opened at 01:00:00.500 on a
 * 30-minute target is due at 01:30:00.500, and a response at that instant is on time.
 */
export function exactInstant(ms: number): IsoInstant {
  const whole = Math.floor(ms / 1000) * 1000;
  const own = formatInstant(whole);
  if (whole === ms) return own;
  return `${own.slice(0, -1)}.${String(ms - whole).padStart(3, '0')}Z`;
}
