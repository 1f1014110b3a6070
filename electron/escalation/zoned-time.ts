// T1: an instant written for a message that leaves the app (mail, chat): Beijing time, which the
// targets are kept in, and the laptop's zone beside it, in one fixed form both languages read.
import { BEIJING_OFFSET_MS, parseInstant } from '@core/time';

export const BEIJING_ZONE = 'Asia/Shanghai';

/** The zone main runs in (the laptop's), as an IANA name. */
export const laptopZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let known = formatters.get(zone);
  if (!known) {
    known = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(zone, known);
  }
  return known;
}

export type ZonedTime = {
  /** '2026-03-02 10:00' */
  text: string;
  /** 'UTC+08:00', 'UTC' */
  offset: string;
  offsetMs: number;
};

/** 'YYYY-MM-DD HH:mm' in `zone`, with its UTC offset at that instant. */
export function zonedTime(instant: string, zone: string): ZonedTime {
  const ms = parseInstant(instant);
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  // 'GMT+01:00', or 'GMT' for UTC itself.
  const gmt = parts.timeZoneName ?? 'GMT';
  const sign = gmt.includes('-') ? -1 : 1;
  const [hh = '0', mm = '0'] = gmt.slice(4).split(':');
  const offsetMs = gmt === 'GMT' ? 0 : sign * (Number(hh) * 60 + Number(mm)) * 60_000;
  return {
    text: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`,
    offset: gmt === 'GMT' ? 'UTC' : `UTC${gmt.slice(3)}`,
    offsetMs,
  };
}

/** The instant in Beijing time and, when the laptop is elsewhere, in its zone too. */
export function bothZones(instant: string, zone: string): { beijing: string; local: ZonedTime | null } {
  const beijing = zonedTime(instant, BEIJING_ZONE).text;
  const local = zonedTime(instant, zone);
  return { beijing, local: local.offsetMs === BEIJING_OFFSET_MS ? null : local };
}
