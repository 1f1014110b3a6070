// An RFC 5545 writer: just what booking exports need, and nothing that reads a clock.

export type IcsWhen =
  /** An all-day event: DTEND is the day after the last day (exclusive, RFC 5545 §3.6.1). */
  | { allDay: true; start: string; endExclusive: string }
  /** A timed event in Beijing local time (YYYY-MM-DDTHH:mm), written with TZID Asia/Shanghai. */
  | { allDay: false; start: string; end: string };

export type IcsEvent = {
  uid: string;
  /** The instant the file is written (UTC ISO). */
  stamp: string;
  sequence: number;
  when: IcsWhen;
  summary: string;
  description: string;
  location: string;
  status: 'CONFIRMED' | 'CANCELLED';
};

export const TZID = 'Asia/Shanghai';

/** Line breaks of every kind a reader may honour: CRLF, CR, LF, NEL, LINE and PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
/** §3.1 CONTROL (every C0 but HTAB, and DEL), and the C1 controls: never allowed in a content line. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/**
 * TEXT values (§3.3.11): backslash, semicolon, comma escaped; every line break as \n; other
 * control characters (a vertical tab pasted from a spreadsheet…) become a space.
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(LINE_BREAK, '\\n').replace(CONTROL, ' ');
}

/** §3.1: lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line's leading space takes one of them.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replaceAll('-', '');
const compactLocal = (local: string) => `${compactDate(local.slice(0, 10))}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
const compactUtc = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

// Beijing has kept UTC+8 without daylight saving since 1991 (T1), so one STANDARD block says it all.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent): string[] {
  const when = event.when.allDay
    ? [`DTSTART;VALUE=DATE:${compactDate(event.when.start)}`, `DTEND;VALUE=DATE:${compactDate(event.when.endExclusive)}`]
    : [`DTSTART;TZID=${TZID}:${compactLocal(event.when.start)}`, `DTEND;TZID=${TZID}:${compactLocal(event.when.end)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${compactUtc(event.stamp)}`,
    `SEQUENCE:${event.sequence}`,
    ...when,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.status}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** One VCALENDAR with the events; the VTIMEZONE is added only when a timed event needs it. */
export function writeCalendar(events: readonly IcsEvent[], name: string): string {
  const timed = events.some((e) => !e.when.allDay);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Partner Support Desk//Bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...(timed ? VTIMEZONE : []),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
