import { describe, expect, it } from 'vitest';

import { escapeText, foldLine, type IcsEvent, writeCalendar } from './ics-writer';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const anEvent = (overrides: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'b-1@partner-support-desk',
  stamp: '2026-03-02T02:00:00.000Z',
  sequence: 0,
  when: { allDay: true, start: '2026-03-13', endExclusive: '2026-03-16' },
  summary: 'Key Event Assurance: Lotus Digital',
  description: '',
  location: '',
  status: 'CONFIRMED',
  ...overrides,
});

describe('RFC 5545 writer', () => {
  it('escapes backslash, semicolon, comma and newlines in TEXT', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('lets no control character RFC 5545 forbids through, and turns every kind of line break into \\n', () => {
    expect(escapeText('a\u000Bb\u0000c\u007Fd\u0085e\u2028f\u2029g\u009Bh\ti')).toBe('a b c d\\ne\\nf\\ng h\ti');
    const ics = writeCalendar([anEvent({ summary: 'KEA\u000B\u2028Lotus', description: '\u0001x' })], 'Bookings');
    // eslint-disable-next-line no-control-regex -- the characters RFC 5545 forbids
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/);
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'架构咨询'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded.join('\r\n'))).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });

  it('writes an all-day event with an exclusive end and CRLF line endings', () => {
    const text = writeCalendar([anEvent()], 'Bookings');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = unfold(text).split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260313');
    expect(lines).toContain('DTEND;VALUE=DATE:20260316');
    expect(lines).toContain('DTSTAMP:20260302T020000Z');
    expect(lines).toContain('UID:b-1@partner-support-desk');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it('writes a timed Beijing event with its VTIMEZONE, and a cancelled one as CANCELLED', () => {
    const timed = anEvent({
      when: { allDay: false, start: '2026-03-10T09:30', end: '2026-03-10T13:30' },
      status: 'CANCELLED',
      summary: 'Consulting; design, review',
    });
    const lines = unfold(writeCalendar([timed], 'Bookings')).split('\r\n');
    expect(lines).toEqual(expect.arrayContaining(['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'TZOFFSETTO:+0800', 'END:VTIMEZONE']));
    expect(lines).toContain('DTSTART;TZID=Asia/Shanghai:20260310T093000');
    expect(lines).toContain('DTEND;TZID=Asia/Shanghai:20260310T133000');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SUMMARY:Consulting\\; design\\, review');
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });
});
