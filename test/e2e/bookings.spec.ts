import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Desk } from '@main/desk';
import type { BookingCheck, BookingList, BookingRecord } from '@main/ipc/contract';

import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { BookingsPage } from './pages/bookings-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');
/** Monday 2 March 2026, 10:00 Beijing, on the page's clock and main's alike. */
const NOW = new Date('2026-03-02T02:00:00Z');
const HOUR = 3_600_000;

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
  // A plain sentence, the rule as a tag after it; Book stays disabled while the date is refused, described by why.
  const sentence = "Bookings need 5 working days' notice. For a booking applied for on Mar 2, 2026, the earliest possible start is Mar 9, 2026.";
  await expect(bookings.refusalSentence).toHaveText(`${sentence} Rule T4`);
  await expect(bookings.ruleTag).toHaveText('Rule T4');
  await expect(bookings.ruleTag).toBeVisible();
  await expect(bookings.bookButton).toBeDisabled();
  await expect(bookings.bookButton).toHaveAccessibleDescription(`${sentence} Rule T4`);
  await bookings.refusal.getByRole('button', { name: 'Use Mar 9, 2026' }).click();
  await expect(bookings.dialog.getByLabel('First day')).toHaveValue('2026-03-09');
  await expect(bookings.dialog.getByLabel('Last day')).toHaveValue('2026-03-10');
  await expect(bookings.dialog.getByText('This booking can be made.')).toBeVisible();
  await expect(bookings.bookButton).toBeEnabled();
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
  await expect(bookings.refusalSentence).toHaveText(
    'Consulting is delivered on working days only, and Apr 6, 2026 is not a working day. The next possible date is Apr 7, 2026. Rule B2',
  );
  await expect(bookings.bookButton).toBeDisabled();
  // Enter in a field sends the form through its Book button, which is disabled: nothing is stored.
  await bookings.dialog.getByLabel('Hours').press('Enter');
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
  await expect(bookings.refusalSentence).toHaveText(
    'Architecture consulting is delivered once a month, and that month already has a session on Mar 10, 2026. The next possible date is Apr 1, 2026. Rule B2',
  );
  await expect(bookings.bookButton).toBeDisabled();
  await expect(bookings.refusal.getByRole('button', { name: 'Use Apr 1, 2026' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('the title typed shows on the calendar and in the list', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const partnerId = await partnerOn(app.desk, 'Lotus Digital', 'premier');
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-13', end: '2026-03-14', title: 'Spring sale' }));
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'consulting', partnerId, start: '2026-03-10', startTime: '09:30', hours: 4 }));
  const bookings = new BookingsPage(page);
  await bookings.open();
  const chip = bookings.calendar.getByRole('button', { name: 'KEA · Spring sale · Lotus Digital, Mar 13, 2026 (Key Event Assurance)' });
  await expect(chip).toHaveText('KEA · Spring sale Lotus Digital');
  await expect(chip).toHaveAttribute('title', 'Key Event Assurance · Spring sale · Lotus Digital');
  // A booking without a title reads as before.
  await expect(bookings.calendar.getByRole('button', { name: 'Consulting · Lotus Digital, Mar 10, 2026 (Architecture consulting)' })).toHaveText(
    'Consulting Lotus Digital',
  );
  await expect(bookings.table.getByRole('columnheader', { name: 'Title' })).toBeVisible();
  await expect(
    bookings.table.getByRole('row').filter({ hasText: 'Key Event Assurance' }).getByRole('cell', { name: 'Spring sale', exact: true }),
  ).toBeVisible();
  await expect(bookings.table.getByRole('button', { name: 'Details of Key Event Assurance for Lotus Digital on Mar 13, 2026: Spring sale' })).toBeVisible();
  await chip.click();
  await expect(bookings.dialog.getByRole('heading', { name: 'Key Event Assurance for Lotus Digital' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('T1: the calendar shows the current Beijing month on opening, and turns at midnight unless the user moved away', async ({ page, dataDir }) => {
  // 23:59 on 31 March in Beijing (17:59 in Berlin): a window left open over the change of month.
  let now = new Date('2026-03-31T15:59:00Z');
  await page.clock.install({ time: now });
  const app = await launchApp(page, dataDir, { now: () => now });
  const bookings = new BookingsPage(page);
  await bookings.open();
  await expect(bookings.calendarMonth).toHaveText('March 2026');

  now = new Date('2026-03-31T16:00:30Z');
  await page.clock.runFor(90_000);
  await expect(bookings.calendarMonth).toHaveText('April 2026');

  // Moved to another month, the calendar stays there over the next midnight.
  await bookings.calendar.getByRole('button', { name: 'Next month' }).click();
  await expect(bookings.calendarMonth).toHaveText('May 2026');
  now = new Date('2026-04-01T16:00:30Z');
  await page.clock.fastForward(24 * HOUR);
  await expect(bookings.calendarMonth).toHaveText('May 2026');

  // Left for another screen over the end of May, the bookings open on June.
  await page.getByRole('navigation').getByRole('button', { name: 'Partners' }).click();
  now = new Date('2026-05-31T16:00:30Z');
  await page.clock.fastForward(60 * 24 * HOUR);
  await bookings.open();
  await expect(bookings.calendarMonth).toHaveText('June 2026');
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
  await expect(bookings.dialog.getByRole('note')).toHaveText(
    "Cancelled today, before its first day (Mar 13, 2026): its 3 days come back to the service year's quota (B1).",
  );
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
  const kea = expectOk<BookingRecord>(
    await app.desk.dispatch('bookings/create', { kind: 'kea', partnerId, start: '2026-03-13', end: '2026-03-15', title: 'Spring sale, day 1; day 2' }),
  );
  expectOk(await app.desk.dispatch('bookings/create', { kind: 'consulting', partnerId, start: '2026-03-10', startTime: '09:30', hours: 4 }));
  const bookings = new BookingsPage(page);
  await bookings.open();
  await page.getByRole('button', { name: 'Export shown as .ics' }).click();
  await expect(bookings.status('Saved 2 bookings to')).toBeVisible();
  const text = await readFile(app.services.saved[0]!, 'utf8');
  // RFC 5545: CRLF everywhere; a line starting with a space continues the one before.
  expect(text.split('\r\n').every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
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
  expect(allDay).toMatchObject({
    'DTSTART;VALUE=DATE': '20260313',
    'DTEND;VALUE=DATE': '20260316',
    SUMMARY: 'Key Event Assurance: Lotus Digital · Spring sale\\, day 1\\; day 2',
    STATUS: 'CONFIRMED',
  });
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
    expectOk(
      await app.desk.dispatch('bookings/create', {
        kind: 'training',
        partnerId: premier,
        start: '2026-03-20',
        method: 'on-site',
        venue: 'Shenzhen HQ',
        venueConfirmed: true,
        topics: ['compute', 'security'],
      }),
    );
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
    await page.getByRole('navigation').locator('[data-view="bookings"]').click();
    await expect(page.locator('.bookings-table tbody tr')).toHaveCount(3);
    await expect(page.locator('.month-grid td.weekend').first()).toBeAttached();
    // A taller window, so the calendar and the list are both in the picture.
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: join(SHOTS, `bookings-${language}.png`) });
    await page.locator('.view-header button.primary').click();
    await page.getByRole('dialog').locator('select').first().selectOption({ label: 'Lotus Digital' });
    await page.getByRole('dialog').getByRole('textbox').first().fill('2026-03-06');
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `booking-form-${language}.png`) });
    await app.desk.close();
    expect(app.pageErrors).toEqual([]);
  });
}
