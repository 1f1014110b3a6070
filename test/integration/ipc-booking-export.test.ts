import { readFile } from 'node:fs/promises';
import { describe, expect } from 'vitest';

import { aBooking } from '../builders/bookings';
import { deskTest } from '../builders/desk-fixture';
import { expectOk } from '../builders/subscriptions';

describe('bookings/export-ics through IPC', () => {
  deskTest('writes a booking named many times once (10,000 copies of one id took seconds)', async ({ desk }) => {
    const [first, second] = [aBooking('partner-1'), aBooking('partner-1', { start: '2026-03-10' })];
    await desk.store.putMany('bookings', () => ({ items: [first, second], result: null }));
    const ids = [...Array.from({ length: 5_000 }, () => first.id), second.id, first.id];
    const saved = expectOk<{ path: string; count: number }>(await desk.dispatch('bookings/export-ics', { ids, language: 'en' }));
    expect(saved.count).toBe(2);
    expect((await readFile(saved.path, 'utf8')).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
});
