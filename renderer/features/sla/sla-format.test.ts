import { DateTime, Settings } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { formatInstant } from './sla-format';

/** What formatInstant answered when it formatted every instant with luxon. */
function withLuxon(iso: string, locale: string, style: 'full' | 'short') {
  const format =
    style === 'short'
      ? ({ month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23' } as const)
      : { ...DateTime.DATETIME_MED, hourCycle: 'h23' as const };
  const at = DateTime.fromISO(iso).setLocale(locale);
  const local = at.toLocal();
  const beijing = at.setZone('Asia/Shanghai');
  return { local: local.toLocaleString(format), beijing: beijing.toLocaleString(format), sameZone: local.offset === beijing.offset };
}

// Every half day and a few minutes over a year, through each zone's daylight-saving changes,
// midnight and noon, in the app's own form and with other offsets.
const INSTANTS = [
  ...Array.from({ length: 730 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 12 * 3_600_000 + (i % 60) * 61_000).toISOString().replace(/\.\d{3}Z$/, 'Z')),
  '2026-03-08T06:59:59Z',
  '2026-03-08T07:00:00Z',
  '2026-03-29T00:59:00Z',
  '2026-03-29T01:00:00Z',
  '2026-11-01T05:30:00Z',
  '2026-03-02T10:15:00+08:00',
  '2026-03-02T02:15:00.250Z',
  '2026-07-01T12:00:00-04:00',
];
const ZONES = ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide'];

// The tests run in Node, whose zone follows TZ; the renderer's types know no `process`.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env;

describe('T1: due times in the laptop zone and in Beijing time', () => {
  const zoneBefore = env.TZ;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
  });
  afterAll(() => {
    vi.useRealTimers();
    if (zoneBefore === undefined) delete env.TZ;
    else env.TZ = zoneBefore;
    Settings.resetCaches();
  });
  const inZone = (zone: string) => {
    env.TZ = zone;
    // The laptop's zone is read again at most once a second; luxon keeps its formatters (made in
    // the zone of the moment) until told.
    vi.advanceTimersByTime(1000);
    Settings.resetCaches();
  };

  it.each(ZONES)('reads as luxon did, in both languages and both styles, with the laptop in %s', (zone) => {
    inZone(zone);
    for (const iso of INSTANTS) {
      for (const locale of ['en', 'zh-CN']) {
        for (const style of ['full', 'short'] as const) {
          expect(formatInstant(iso, locale, style), `${iso} ${locale} ${style}`).toEqual(withLuxon(iso, locale, style));
        }
      }
    }
  });

  it('uses a 24-hour clock in English as in Chinese', () => {
    inZone('Asia/Shanghai');
    expect(formatInstant('2026-03-02T06:30:00Z', 'en').beijing).toBe('Mar 2, 2026, 14:30');
    expect(formatInstant('2026-03-02T16:05:00Z', 'en', 'short').beijing).toBe('Mar 3, 00:05');
    expect(formatInstant('2026-03-02T06:30:00Z', 'zh-CN').beijing).toContain('14:30');
  });

  it('formats what is not an instant with an offset as luxon reads it', () => {
    inZone('Europe/Berlin');
    for (const iso of ['2026-03-02T10:15:00', '2026-03-02', 'not a date']) {
      expect(formatInstant(iso, 'en')).toEqual(withLuxon(iso, 'en', 'full'));
    }
  });

  it('follows the laptop to another zone within a second', () => {
    inZone('Asia/Shanghai');
    const inBeijing = formatInstant('2026-03-02T02:15:00Z', 'en');
    expect(inBeijing).toMatchObject({ sameZone: true, local: inBeijing.beijing });
    inZone('Europe/London');
    const inLondon = formatInstant('2026-03-02T02:15:00Z', 'en');
    expect(inLondon).toEqual({ ...withLuxon('2026-03-02T02:15:00Z', 'en', 'full'), sameZone: false });
    expect(inLondon.local).not.toBe(inLondon.beijing);
    expect(inLondon.beijing).toBe(inBeijing.beijing);
  });
});
