import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';

import type { Desk } from '@main/desk';
import type { BookingCheck, BookingList, BookingRecord } from '@main/ipc/contract';

import { deskTest } from '../builders/desk-fixture';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

// main's clock starts at the fixture's Monday 2 March 2026, 10:00 Beijing; a test moves it where it matters.

const kea = (partnerId: string, start: string, end: string) => ({ kind: 'kea', partnerId, start, end, title: 'Spring sale' });
const consulting = (partnerId: string, start: string, hours = 4) => ({ kind: 'consulting', partnerId, start, startTime: '09:30', hours });
const training = (partnerId: string, start: string, extra: Record<string, unknown> = {}) => ({
  kind: 'training',
  partnerId,
  start,
  method: 'online',
  topics: ['compute'],
  ...extra,
});
const create = async (desk: Desk, request: Record<string, unknown>) => expectOk<BookingRecord>(await desk.dispatch('bookings/create', request));
const list = async (desk: Desk) => expectOk<BookingList>(await desk.dispatch('bookings/list', {})).bookings;
const keaLeft = async (desk: Desk, partnerId: string) =>
  expectOk<BookingCheck>(await desk.dispatch('bookings/check', { partnerId, kind: 'kea' })).balances.kea?.left;

describe('bookings through IPC', () => {
  deskTest('creates each kind, stored in the file of its start year with T4 applied-on from main', async ({ desk, dir }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const k = await create(desk, kea(partnerId, '2026-03-13', '2026-03-15'));
    expect(k).toMatchObject({
      kind: 'kea',
      status: 'booked',
      appliedOn: '2026-03-02',
      start: '2026-03-13',
      end: '2026-03-15',
      history: [{ action: 'booked' }],
    });
    expect(await create(desk, consulting(partnerId, '2026-03-05', 8))).toMatchObject({ kind: 'consulting', startTime: '09:30', hours: 8, end: '2026-03-05' });
    expect(await create(desk, training(partnerId, '2026-03-20', { method: 'on-site', venue: 'Shenzhen HQ', venueConfirmed: true }))).toMatchObject({
      method: 'on-site',
      venue: 'Shenzhen HQ',
    });
    // Durable in the change log at each answer; in the year's file once written behind it.
    await desk.store.writeBehind();
    const file = JSON.parse(await readFile(join(dir, 'bookings', '2026.json'), 'utf8')) as { items: BookingRecord[] };
    expect(file.items).toHaveLength(3);
    expect(await keaLeft(desk, partnerId)).toBe(5);
  });

  deskTest('refuses B1-B4 and T4 with the rule, the next possible date, and nothing stored', async ({ desk }) => {
    const { partnerId: standard } = await aSubscribedPartner(desk, { level: 'standard' });
    const { partnerId: monthly } = await aSubscribedPartner(desk, { level: 'premier', billing: 'monthly' }, { name: 'Monthly Co' });
    const { partnerId: basic } = await aSubscribedPartner(desk, { level: 'basic' }, { name: 'Basic Co' });
    const refused = async (request: Record<string, unknown>) => {
      const answer = await desk.dispatch('bookings/create', request);
      if (answer.ok) throw new Error('expected a refusal');
      return { code: answer.error.code, rule: answer.error.rule, nextDate: answer.error.data?.nextDate };
    };
    expect(await refused(kea(standard, '2026-03-06', '2026-03-06'))).toEqual({ code: 'LEAD_TIME_TOO_SHORT', rule: 'T4', nextDate: '2026-03-09' });
    expect(await refused(kea(standard, '2026-03-09', '2026-03-13'))).toMatchObject({ code: 'KEA_QUOTA_EXCEEDED', rule: 'B1', nextDate: '2027-01-01' });
    expect(await refused(kea(monthly, '2026-03-09', '2026-03-09'))).toMatchObject({ code: 'YEARLY_SUBSCRIPTION_ONLY' });
    expect(await refused(consulting(standard, '2026-04-06'))).toMatchObject({ code: 'NOT_A_WORKING_DAY', rule: 'B2', nextDate: '2026-04-07' }); // Qingming
    expect(await refused(consulting(standard, '2026-03-10', 5))).toMatchObject({ code: 'CONSULTING_TOO_LONG' });
    expect(await refused(consulting(basic, '2026-03-10'))).toMatchObject({ code: 'NOT_INCLUDED' });
    expect(await refused(training(standard, '2026-03-20', { method: 'on-site', venueConfirmed: true }))).toMatchObject({ code: 'NOT_INCLUDED', rule: 'B3' });
    expect(await refused(kea(standard, '2025-12-20', '2025-12-20'))).toMatchObject({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'B4' });
    expect(await refused(training(standard, '2025-12-20'))).toMatchObject({ code: 'NO_ACTIVE_SUBSCRIPTION', rule: 'B4' });
    await create(desk, consulting(standard, '2026-03-10'));
    await create(desk, training(standard, '2026-03-11'));
    expect(await refused(consulting(standard, '2026-03-24'))).toMatchObject({ code: 'CONSULTING_MONTH_TAKEN', nextDate: '2026-04-01' });
    expect(await refused(training(standard, '2026-03-25', { method: 'telepresence' }))).toMatchObject({ code: 'TRAINING_MONTH_TAKEN', nextDate: '2026-04-01' });
    expect((await list(desk)).map((b) => b.start)).toEqual(['2026-03-10', '2026-03-11']);
  });

  deskTest('B1: cancelled before the start the days come back; on the start date they stay used', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const early = await create(desk, kea(partnerId, '2026-03-13', '2026-03-14'));
    const late = await create(desk, kea(partnerId, '2026-03-20', '2026-03-21'));
    expect(await keaLeft(desk, partnerId)).toBe(0);
    const cancelled = expectOk<BookingRecord>(
      await desk.dispatch('bookings/update', { id: early.id, change: { action: 'cancel', reason: 'Event moved online' } }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2026-03-02' });
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'cancel', reason: 'Event moved online', at: '2026-03-02T02:00:00.000Z' });
    expect(await keaLeft(desk, partnerId)).toBe(2);
    clock.set('2026-03-20T01:00:00Z');
    expectOk(await desk.dispatch('bookings/update', { id: late.id, change: { action: 'cancel' } }));
    expect(await keaLeft(desk, partnerId)).toBe(2);
    expect(await desk.dispatch('bookings/update', { id: early.id, change: { action: 'cancel' } })).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_ACTION_NOT_ALLOWED' },
    });
  });

  deskTest('reschedules atomically: a refused new date leaves the original as it was', async ({ desk, dir }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const session = await create(desk, consulting(partnerId, '2026-03-10'));
    await create(desk, consulting(partnerId, '2026-04-14'));
    await desk.store.writeBehind();
    const before = await readFile(join(dir, 'bookings', '2026.json'), 'utf8');
    expect(await desk.dispatch('bookings/update', { id: session.id, change: { action: 'reschedule', start: '2026-04-16' } })).toMatchObject({
      ok: false,
      error: { code: 'CONSULTING_MONTH_TAKEN' },
    });
    expect(await readFile(join(dir, 'bookings', '2026.json'), 'utf8')).toBe(before);
    const moved = expectOk<BookingRecord>(
      await desk.dispatch('bookings/update', {
        id: session.id,
        change: { action: 'reschedule', start: '2026-03-12', startTime: '14:00', reason: 'Architect ill' },
      }),
    );
    expect(moved).toMatchObject({
      start: '2026-03-12',
      startTime: '14:00',
      hours: 4,
      status: 'booked',
      history: [{ action: 'rescheduled', reason: 'Architect ill' }],
    });
    expect((await list(desk)).find((b) => b.id === session.id)).toMatchObject({
      status: 'cancelled',
      history: [{ action: 'booked' }, { action: 'reschedule' }],
    });
  });

  deskTest('marks a booking delivered once it has started, kept in its history', async ({ desk, clock }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const t = await create(desk, training(partnerId, '2026-03-04'));
    expect(await desk.dispatch('bookings/update', { id: t.id, change: { action: 'deliver' } })).toMatchObject({
      ok: false,
      error: { code: 'BOOKING_ACTION_NOT_ALLOWED', data: { reason: 'not-started' } },
    });
    clock.set('2026-03-04T09:00:00Z');
    expect(expectOk<BookingRecord>(await desk.dispatch('bookings/update', { id: t.id, change: { action: 'deliver', reason: '12 attendees' } }))).toMatchObject({
      status: 'delivered',
      history: [{}, { action: 'deliver', reason: '12 attendees' }],
    });
  });

  deskTest('bad input is INVALID_INPUT naming the field, and nothing is stored', async ({ desk, dir }) => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    expect(await desk.dispatch('bookings/create', { ...consulting(partnerId, '2026-03-10'), startTime: '25:00' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'startTime' },
    });
    expect(await desk.dispatch('bookings/create', training(partnerId, '2026-03-10', { topics: [] }))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'topics' },
    });
    expect(await desk.dispatch('bookings/create', kea(partnerId, '2026-03-20', '2026-03-19'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await desk.dispatch('bookings/create', { kind: 'lunch', partnerId, start: '2026-03-10' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'kind' },
    });
    expect(await desk.dispatch('bookings/update', { id: 'nope', change: { action: 'teleport' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'change.action' },
    });
    expect(await list(desk)).toEqual([]);
    expect(await readdir(dir)).not.toContain('bookings');
  });

  deskTest('answers a month of the calendar with holidays and make-up working days', async ({ desk }) => {
    const month = expectOk<{ days: { date: string; kind: string; name: Record<string, string> | null }[] }>(
      await desk.dispatch('calendar/month', { month: '2026-02' }),
    );
    expect(month.days).toHaveLength(28);
    expect(month.days.find((d) => d.date === '2026-02-17')).toMatchObject({ kind: 'holiday', name: { en: 'Spring Festival' } });
    expect(month.days.find((d) => d.date === '2026-02-28')).toMatchObject({ kind: 'make-up-workday' });
    expect(await desk.dispatch('calendar/month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
  });
});
