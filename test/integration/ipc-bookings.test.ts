import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/desk';
import type { BookingCheck, BookingList, BookingRecord } from '../../electron/ipc/contract';
import { tempDataDir, testServices } from '../builders/services';
import { aSubscribedPartner, expectOk } from '../builders/subscriptions';

let dir: string;
let cleanup: () => Promise<void>;
let desk: Desk;
/** main's clock: Monday 2 March 2026, 10:00 Beijing, moved by a test where it matters. */
let now = new Date('2026-03-02T02:00:00Z');

beforeEach(async () => {
  ({ dir, cleanup } = await tempDataDir());
  now = new Date('2026-03-02T02:00:00Z');
  desk = await openDesk({ dataDir: dir, services: testServices({ now: () => now }, dir) });
});
afterEach(async () => {
  await desk.close();
  await cleanup();
});

const kea = (partnerId: string, start: string, end: string) => ({ kind: 'kea', partnerId, start, end, title: 'Spring sale' });
const consulting = (partnerId: string, start: string, hours = 4) => ({ kind: 'consulting', partnerId, start, startTime: '09:30', hours });
const training = (partnerId: string, start: string, extra: Record<string, unknown> = {}) => ({ kind: 'training', partnerId, start, method: 'online', topics: ['compute'], ...extra });
const create = async (request: Record<string, unknown>) => expectOk<BookingRecord>(await desk.dispatch('bookings/create', request));
const list = async () => expectOk<BookingList>(await desk.dispatch('bookings/list', {})).bookings;
const keaLeft = async (partnerId: string) =>
  expectOk<BookingCheck>(await desk.dispatch('bookings/check', { partnerId, kind: 'kea' })).balances.kea?.left;

describe('bookings through IPC', () => {
  it('creates each kind, stored in the file of its start year with T4 applied-on from main', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    const k = await create(kea(partnerId, '2026-03-13', '2026-03-15'));
    expect(k).toMatchObject({ kind: 'kea', status: 'booked', appliedOn: '2026-03-02', start: '2026-03-13', end: '2026-03-15', history: [{ action: 'booked' }] });
    expect(await create(consulting(partnerId, '2026-03-05', 8))).toMatchObject({ kind: 'consulting', startTime: '09:30', hours: 8, end: '2026-03-05' });
    expect(await create(training(partnerId, '2026-03-20', { method: 'on-site', venue: 'Shenzhen HQ', venueConfirmed: true }))).toMatchObject({ method: 'on-site', venue: 'Shenzhen HQ' });
    // Durable in the change log at each answer; in the year's file once written behind it.
    await desk.store.writeBehind();
    const file = JSON.parse(await readFile(join(dir, 'bookings', '2026.json'), 'utf8')) as { items: BookingRecord[] };
    expect(file.items).toHaveLength(3);
    expect(await keaLeft(partnerId)).toBe(5);
  });

  it('refuses B1-B4 and T4 with the rule, the next possible date, and nothing stored', async () => {
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
    await create(consulting(standard, '2026-03-10'));
    await create(training(standard, '2026-03-11'));
    expect(await refused(consulting(standard, '2026-03-24'))).toMatchObject({ code: 'CONSULTING_MONTH_TAKEN', nextDate: '2026-04-01' });
    expect(await refused(training(standard, '2026-03-25', { method: 'telepresence' }))).toMatchObject({ code: 'TRAINING_MONTH_TAKEN', nextDate: '2026-04-01' });
    expect((await list()).map((b) => b.start)).toEqual(['2026-03-10', '2026-03-11']);
  });

  it('B1: cancelled before the start the days come back; on the start date they stay used', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const early = await create(kea(partnerId, '2026-03-13', '2026-03-14'));
    const late = await create(kea(partnerId, '2026-03-20', '2026-03-21'));
    expect(await keaLeft(partnerId)).toBe(0);
    const cancelled = expectOk<BookingRecord>(await desk.dispatch('bookings/update', { id: early.id, change: { action: 'cancel', reason: 'Event moved online' } }));
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledOn: '2026-03-02' });
    expect(cancelled.history.at(-1)).toMatchObject({ action: 'cancel', reason: 'Event moved online', at: '2026-03-02T02:00:00.000Z' });
    expect(await keaLeft(partnerId)).toBe(2);
    now = new Date('2026-03-20T01:00:00Z');
    expectOk(await desk.dispatch('bookings/update', { id: late.id, change: { action: 'cancel' } }));
    expect(await keaLeft(partnerId)).toBe(2);
    expect(await desk.dispatch('bookings/update', { id: early.id, change: { action: 'cancel' } })).toMatchObject({ ok: false, error: { code: 'BOOKING_ACTION_NOT_ALLOWED' } });
  });

  it('reschedules atomically: a refused new date leaves the original as it was', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const session = await create(consulting(partnerId, '2026-03-10'));
    await create(consulting(partnerId, '2026-04-14'));
    await desk.store.writeBehind();
    const before = await readFile(join(dir, 'bookings', '2026.json'), 'utf8');
    expect(await desk.dispatch('bookings/update', { id: session.id, change: { action: 'reschedule', start: '2026-04-16' } })).toMatchObject({ ok: false, error: { code: 'CONSULTING_MONTH_TAKEN' } });
    expect(await readFile(join(dir, 'bookings', '2026.json'), 'utf8')).toBe(before);
    const moved = expectOk<BookingRecord>(await desk.dispatch('bookings/update', { id: session.id, change: { action: 'reschedule', start: '2026-03-12', startTime: '14:00', reason: 'Architect ill' } }));
    expect(moved).toMatchObject({ start: '2026-03-12', startTime: '14:00', hours: 4, status: 'booked', history: [{ action: 'rescheduled', reason: 'Architect ill' }] });
    expect((await list()).find((b) => b.id === session.id)).toMatchObject({ status: 'cancelled', history: [{ action: 'booked' }, { action: 'reschedule' }] });
  });

  it('marks a booking delivered once it has started, kept in its history', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'standard' });
    const t = await create(training(partnerId, '2026-03-04'));
    expect(await desk.dispatch('bookings/update', { id: t.id, change: { action: 'deliver' } })).toMatchObject({ ok: false, error: { code: 'BOOKING_ACTION_NOT_ALLOWED', data: { reason: 'not-started' } } });
    now = new Date('2026-03-04T09:00:00Z');
    expect(expectOk<BookingRecord>(await desk.dispatch('bookings/update', { id: t.id, change: { action: 'deliver', reason: '12 attendees' } }))).toMatchObject({ status: 'delivered', history: [{}, { action: 'deliver', reason: '12 attendees' }] });
  });

  it('bad input is INVALID_INPUT naming the field, and nothing is stored', async () => {
    const { partnerId } = await aSubscribedPartner(desk, { level: 'premier' });
    expect(await desk.dispatch('bookings/create', { ...consulting(partnerId, '2026-03-10'), startTime: '25:00' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'startTime' } });
    expect(await desk.dispatch('bookings/create', training(partnerId, '2026-03-10', { topics: [] }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'topics' } });
    expect(await desk.dispatch('bookings/create', kea(partnerId, '2026-03-20', '2026-03-19'))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await desk.dispatch('bookings/create', { kind: 'lunch', partnerId, start: '2026-03-10' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'kind' } });
    expect(await desk.dispatch('bookings/update', { id: 'nope', change: { action: 'teleport' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'change.action' } });
    expect(await list()).toEqual([]);
    expect(await readdir(dir)).not.toContain('bookings');
  });

  it('answers a month of the calendar with holidays and make-up working days', async () => {
    const month = expectOk<{ days: { date: string; kind: string; name: Record<string, string> | null }[] }>(await desk.dispatch('calendar/month', { month: '2026-02' }));
    expect(month.days).toHaveLength(28);
    expect(month.days.find((d) => d.date === '2026-02-17')).toMatchObject({ kind: 'holiday', name: { en: 'Spring Festival' } });
    expect(month.days.find((d) => d.date === '2026-02-28')).toMatchObject({ kind: 'make-up-workday' });
    expect(await desk.dispatch('calendar/month', { month: '2026-13' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'month' } });
  });
});
