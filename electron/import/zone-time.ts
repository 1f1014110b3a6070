// A wall-clock time in a named zone as an exact instant (T1: stored and compared as instants).
import { BEIJING_OFFSET_MS } from '@core/time';

/** T1: Beijing time, UTC+8 all year. */
export const BEIJING_ZONE = 'Asia/Shanghai';

const QUARTER_HOUR_MS = 900_000;
const DAY_MS = 86_400_000;

/** The UTC offset (ms) of a zone at an instant. Offsets change only on a quarter hour of UTC, so each quarter is asked once. */
function offsetReader(zone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const known = new Map<number, number>();
  return (ms) => {
    const quarter = Math.floor(ms / QUARTER_HOUR_MS);
    let offset = known.get(quarter);
    if (offset === undefined) {
      const at = quarter * QUARTER_HOUR_MS;
      const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
      offset = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - at;
      if (known.size >= 4096) known.clear();
      known.set(quarter, offset);
    }
    return offset;
  };
}

/**
 * Reads wall-clock times in one zone: `wall` is the time's fields counted as if they were UTC
 * (Date.UTC of them), the answer the instant they name there. A time the clocks skip (spring
 * forward) is read with the offset before the change, so 02:30 becomes 03:30 summer time; a
 * time they pass twice (fall back) is the earlier one. Beijing needs no lookup.
 */
export function wallTimeReader(zone: string): (wall: number) => number {
  if (zone === BEIJING_ZONE) return (wall) => wall - BEIJING_OFFSET_MS;
  const offsetAt = offsetReader(zone);
  return (wall) => {
    const before = offsetAt(wall - DAY_MS);
    const after = offsetAt(wall + DAY_MS);
    const fits = [wall - before, wall - after].filter((ms) => wall - offsetAt(ms) === ms);
    return fits.length > 0 ? Math.min(...fits) : wall - before;
  };
}
