import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/desk';
import { aBooking } from '../builders/bookings';
import { tempDataDir, testServices } from '../builders/services';
import { expectOk } from '../builders/subscriptions';

let dir: string;
let cleanup: () => Promise<void>;
let desk: Desk;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  desk = await openDesk({ dataDir: dir, services: testServices({}, dir) });
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

describe('bookings/export-ics through IPC', () => {
  it('writes a booking named many times once (10,000 copies of one id took seconds)', async () => {
    const [first, second] = [aBooking('partner-1'), aBooking('partner-1', { start: '2026-03-10' })];
    await desk.store.putMany('bookings', () => ({ items: [first, second], result: null }));
    const ids = [...Array.from({ length: 5_000 }, () => first.id), second.id, first.id];
    const saved = expectOk<{ path: string; count: number }>(await desk.dispatch('bookings/export-ics', { ids, language: 'en' }));
    expect(saved.count).toBe(2);
    expect((await readFile(saved.path, 'utf8')).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
