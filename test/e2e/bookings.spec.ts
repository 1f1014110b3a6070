import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Desk } from '../../electron/desk';
import type { BookingCheck, BookingList, BookingRecord } from '../../electron/ipc/contract';
import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { BookingsPage } from './pages/bookings-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');
/** Monday 2 March 2026, 10:00 Beijing, on the page's clock and main's alike. */
const NOW = new Date('2026-03-02T02:00:00Z');

async function partnerOn(desk: Desk, name: string, level: 'standard' | 'premier'): Promise<string> {
  const { id } = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner({ name })));
  expectOk(await desk.dispatch('subscriptions/apply', { partnerId: id, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level } }));
  return id;
}

const start = async (page: import('@playwright/test').Page, dataDir: string) => {
  await page.clock.setFixedTime(NOW);
  return launchApp(page, dataDir, { now: () => NOW });
};

test('T4: a KEA booking refused for short notice is accepted on the date offered', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'standard');
  const bookings = new BookingsPage(page);
  await bookings.open();
  await bookings.startNewBooking('Lotus Digital', 'Key Event Assurance');
  // Before a date is picked: the earliest start and the days left.
  await expect(bookings.dialog.getByTestId('earliest')).toHaveText('Mar 9, 2026');
  await expect(bookings.dialog.getByText('4 of 4 until Jan 1, 2027')).toBeVisible();
  await bookings.fillDays('2026-03-06', '2026-03-07');
  await expect(bookings.refusal).toContainText('Too short notice (T4): bookings need 5 working days. Applied for on Mar 2, 2026, the earliest possible start is Mar 9, 2026.');
  await bookings.refusal.getByRole('button', { name: 'Use Mar 9, 2026' }).click();
  await expect(bookings.dialog.getByLabel('First day')).toHaveValue('2026-03-09');
  await expect(bookings.dialog.getByLabel('Last day')).toHaveValue('2026-03-10');
  await expect(bookings.dialog.getByText('This booking can be made.')).toBeVisible();
  await bookings.book();
  await expect(bookings.status('Booked for Lotus Digital.')).toBeVisible();
  const stored = expectOk<BookingList>(await app.desk.dispatch('bookings/list', { partnerId })).bookings;
  expect(stored).toMatchObject([{ kind: 'kea', start: '2026-03-09', end: '2026-03-10', appliedOn: '2026-03-02', status: 'booked' }]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('B2: a consulting session on a public holiday is refused, with the next working day offered', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  await partnerOn(app.desk, 'Harbour Cloud', 'standard');
  const bookings = new BookingsPage(page);
  await bookings.open();
  await bookings.startNewBooking('Harbour Cloud', 'Architecture consulting');
  await bookings.fillSession('2026-04-06', 3);
  await expect(bookings.refusal).toContainText('Apr 6, 2026 is not a working day (T2), and consulting is delivered on working days (B2). The next possible date is Apr 7, 2026.');
  await bookings.book();
  await expect(bookings.refusal).toContainText('is not a working day');
  expect(expectOk<BookingList>(await app.desk.dispatch('bookings/list', {})).bookings).toEqual([]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('B2: a second consulting session in a month is refused', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const partnerId = await partnerOn(app.desk, 'Azure Bay Consulting', 'premier');
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'consulting', partnerId, start: '2026-03-10', startTime: '09:30', hours: 4 }));
  const bookings = new BookingsPage(page);
  await bookings.open();
  await bookings.startNewBooking('Azure Bay Consulting', 'Architecture consulting');
  await expect(bookings.dialog.getByText('7 of 8 until Jan 1, 2027, up to 8 h each')).toBeVisible();
  await bookings.fillSession('2026-03-24', 2);
  await expect(bookings.refusal).toContainText('Architecture consulting is delivered once a month (B2), and that month already has a session on Mar 10, 2026. The next possible date is Apr 1, 2026.');
  await expect(bookings.refusal.getByRole('button', { name: 'Use Apr 1, 2026' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('B1: cancelling KEA days before their first day gives them back', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'standard');
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-13', end: '2026-03-15', title: 'Spring sale' }));
  const left = async () => expectOk<BookingCheck>(await app.desk.dispatch('bookings/check', { partnerId, kind: 'kea' })).balances.kea?.left;
  expect(await left()).toBe(1);
  const bookings = new BookingsPage(page);
  await bookings.open();
  await bookings.openDetails('Key Event Assurance', 'Lotus Digital');
  await bookings.dialog.getByRole('button', { name: 'Cancel booking' }).click();
  await expect(bookings.dialog.getByRole('note')).toHaveText("Cancelled today, before its first day (Mar 13, 2026): its 3 days come back to the service year's quota (B1).");
  await bookings.dialog.getByLabel('Reason').fill('Event moved online');
  await bookings.dialog.getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect(bookings.dialog.getByRole('listitem').filter({ hasText: 'Cancelled' })).toContainText('Event moved online');
  await expect(bookings.status('Booking of Lotus Digital cancelled.')).toBeVisible();
  expect(await left()).toBe(4);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('exports the bookings shown as an iCalendar file that parses', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'premier');
  const kea = expectOk<BookingRecord>(await app.desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-13', end: '2026-03-15', title: 'Spring sale, day 1; day 2' }));
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'consulting', partnerId, start: '2026-03-10', startTime: '09:30', hours: 4 }));
  const bookings = new BookingsPage(page);
  await bookings.open();
  await page.getByRole('button', { name: 'Export shown as .ics' }).click();
  await expect(bookings.status('Saved 2 bookings to')).toBeVisible();
  const text = await readFile(app.services.saved[0]!, 'utf8');
  // RFC 5545: CRLF everywhere; a line starting with a space continues the one before.
  expect(text.split('\r\n').every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const events = lines.reduce<Record<string, string>[]>((all, line) => {
    if (line === 'BEGIN:VEVENT') return [...all, {}];
    const [name, ...rest] = line.split(':');
    const current = all.at(-1);
    if (current && line !== 'END:VEVENT') current[name!] = rest.join(':');
    return all;
  }, []);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(events).toHaveLength(2);
  const allDay = events.find((e) => e.UID === `${kea.id}@partner-support-desk`);
  expect(allDay).toMatchObject({ 'DTSTART;VALUE=DATE': '20260313', 'DTEND;VALUE=DATE': '20260316', SUMMARY: 'Key Event Assurance: Lotus Digital · Spring sale\\, day 1\\; day 2', STATUS: 'CONFIRMED' });
  expect(events.find((e) => e !== allDay)).toMatchObject({ 'DTSTART;TZID=Asia/Shanghai': '20260310T093000', 'DTEND;TZID=Asia/Shanghai': '20260310T133000' });
  expect(lines).toContain('TZID:Asia/Shanghai');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`bookings screens in ${language}`, async ({ page, dataDir }) => {
    const app = await start(page, dataDir);
    const premier = await partnerOn(app.desk, '华夏云科技', 'premier');
    const standard = await partnerOn(app.desk, 'Lotus Digital', 'standard');
    expectOk(await app.desk.dispatch('bookings/create', { kind: 'kea', partnerId: premier, start: '2026-03-13', end: '2026-03-15', title: '春季大促' }));
    expectOk(await app.desk.dispatch('bookings/create', { kind: 'consulting', partnerId: standard, start: '2026-03-10', startTime: '09:30', hours: 4 }));
    expectOk(await app.desk.dispatch('bookings/create', { kind: 'training', partnerId: premier, start: '2026-03-20', method: 'on-site', venue: 'Shenzhen HQ', venueConfirmed: true, topics: ['compute', 'security'] }));
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page.getByRole('navigation').locator('button').nth(3).click();
    await expect(page.locator('.bookings-table tbody tr')).toHaveCount(3);
    await expect(page.locator('.month-grid td.weekend').first()).toBeAttached();
    // A taller window, so the calendar and the list are both in the picture.
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: join(SHOTS, `bookings-${language}.png`) });
    await page.locator('.view-header button.primary').click();
    await page.getByRole('dialog').locator('select').first().selectOption({ label: 'Lotus Digital' });
    await page.getByRole('dialog').locator('input[type=date]').first().fill('2026-03-06');
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `booking-form-${language}.png`) });
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}
