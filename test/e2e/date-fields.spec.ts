import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import type { Desk } from '@main/desk';
import type { BookingList } from '@main/ipc/contract';

import { aPartner } from '../builders/partners';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, test } from './harness';
import { BookingsPage } from './pages/bookings-page';
import { DatePicker } from './pages/date-picker';
import { QuotasPage } from './pages/quotas-page';

/** Monday 2 March 2026, 10:00 Beijing, on the page's clock and main's alike. */
const NOW = new Date('2026-03-02T02:00:00Z');

async function start(page: Page, dataDir: string, language: 'en' | 'zh-CN' = 'en') {
  await page.clock.setFixedTime(NOW);
  const app = await launchApp(page, dataDir, { now: () => NOW });
  const { id } = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: 'Lotus Digital' })));
  expectOk(
    await app.desk.dispatch('subscriptions/apply', {
      partnerId: id,
      request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'premier' },
    }),
  );
  if (language !== 'en') {
    await app.desk.dispatch('settings/update', { language });
    await page.reload();
  }
  return { ...app, partnerId: id };
}

const bookings = async (desk: Desk) => expectOk<BookingList>(await desk.dispatch('bookings/list', {})).bookings;

test('in Chinese the calendar speaks Chinese, whatever the system, and weeks start on Monday', async ({ page, dataDir }) => {
  const app = await start(page, dataDir, 'zh-CN');
  await page.getByRole('navigation').getByRole('button', { name: '预订', exact: true }).click();
  await page.getByRole('button', { name: '新建预订' }).click();
  await page.getByRole('dialog').getByLabel('伙伴').selectOption({ label: 'Lotus Digital' });
  const picker = new DatePicker(page, '从日历中选择');
  await picker.open(page.getByLabel('第一天', { exact: true }));
  // Chromium's own date field read "March 2026" here, from the system's English.
  await expect(picker.dialog.locator('.rdp-caption_label')).toHaveText('2026年3月');
  await expect(picker.grid).toHaveAccessibleName('2026年3月');
  // The weekday row is hidden from screen readers (each day reads its weekday); its words are the app's.
  const weekdays = picker.grid.getByRole('columnheader', { includeHidden: true });
  await expect(weekdays).toHaveText(['一', '二', '三', '四', '五', '六', '日']);
  await expect(weekdays.first()).toHaveAttribute('aria-label', '星期一');
  // Today (Beijing) has the focus, named in Chinese.
  await expect(picker.day(/^今天，2026年3月2日星期一/)).toBeFocused();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('T2: the booking form marks the holidays and make-up working days of the calendar in use', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const view = new BookingsPage(page);
  await view.open();
  await view.startNewBooking('Lotus Digital', 'Key Event Assurance');
  const first = view.dialog.getByLabel('First day');
  await first.fill('2026-05-06');
  const picker = new DatePicker(page);
  await picker.open(first);
  await expect(picker.grid).toHaveAccessibleName('May 2026');
  const labourDay = picker.day('Friday, May 1, 2026');
  await expect(labourDay).toHaveAccessibleName('Friday, May 1, 2026, Labour Day (holiday)');
  await expect(labourDay.locator('xpath=..')).toHaveClass(/date-holiday/);
  const makeUp = picker.day('Saturday, May 9, 2026');
  await expect(makeUp).toHaveAccessibleName('Saturday, May 9, 2026, Labour Day (make-up working day)');
  await expect(makeUp.locator('xpath=..')).toHaveClass(/date-workday/);
  await expect(picker.day('Wednesday, May 6, 2026')).toHaveAccessibleName('Wednesday, May 6, 2026, selected');
  await expect(picker.dialog.getByRole('list', { name: 'Holidays and make-up working days in May 2026' }).getByRole('listitem')).toHaveText([
    'May 1 – May 5 Labour Day (holiday)',
    'May 9 Labour Day (make-up working day)',
  ]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a date is picked with the keyboard alone, and Escape closes the calendar back onto its button', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const view = new BookingsPage(page);
  await view.open();
  await view.startNewBooking('Lotus Digital', 'Key Event Assurance');
  const first = view.dialog.getByLabel('First day');
  const picker = new DatePicker(page);
  const button = picker.buttonOf(first);
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  // Nothing picked yet: the calendar opens on today (Monday 2 March 2026, Beijing).
  await expect(picker.day('Today, Monday, March 2, 2026')).toBeFocused();
  await page.keyboard.press('PageDown'); // 2 April
  await page.keyboard.press('ArrowDown'); // 9 April
  await page.keyboard.press('ArrowRight'); // 10 April
  await page.keyboard.press('Home'); // Monday 6 April
  await expect(picker.day('Monday, April 6, 2026')).toBeFocused();
  await page.keyboard.press('ArrowRight'); // 7 April
  await page.keyboard.press('Enter');
  await expect(picker.dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(first).toHaveValue('2026-04-07');
  // B1: the last day follows the first.
  await expect(view.dialog.getByLabel('Last day')).toHaveValue('2026-04-07');

  // Opened again on the day picked; Escape closes the calendar only, the form stays, nothing changes.
  await page.keyboard.press('Enter');
  await expect(picker.day('Tuesday, April 7, 2026')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(picker.dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(view.dialog.getByRole('heading', { name: 'New booking' })).toBeVisible();
  await expect(first).toHaveValue('2026-04-07');
  await expect(view.dialog.getByText('This booking can be made.')).toBeVisible();
  await view.book();
  await expect(view.status('Booked for Lotus Digital.')).toBeVisible();
  expect(await bookings(app.desk)).toMatchObject([{ kind: 'kea', start: '2026-04-07', end: '2026-04-07' }]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a typed date is read in the app format, and one that is no date is refused with a sentence', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  const view = new BookingsPage(page);
  await view.open();
  await view.startNewBooking('Lotus Digital', 'Architecture consulting');
  const date = view.dialog.getByLabel('Date', { exact: true });
  await date.fill('2026-02-30');
  await date.press('Tab');
  const sentence = view.dialog.getByRole('alert').filter({ hasText: 'February 2026 has only 28 days: there is no day 30.' });
  await expect(sentence).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription('February 2026 has only 28 days: there is no day 30.');
  await view.dialog.getByLabel('Hours').fill('2');
  await expect(view.bookButton).toBeDisabled();
  // "2026年3月10日" and "2026/3/10" read as the same day, shown as ISO once the field is left.
  await date.fill('2026年3月10日');
  await expect(sentence).toBeHidden();
  await date.press('Tab');
  await expect(date).toHaveValue('2026-03-10');
  const time = view.dialog.getByLabel('Start time (Beijing)');
  await time.fill('2:30 PM');
  await time.press('Tab');
  await expect(
    view.dialog.getByRole('alert').filter({ hasText: 'Type the time on a 24-hour clock as hours:minutes, for example 09:30 or 14:00.' }),
  ).toBeVisible();
  await time.fill('14.30');
  await time.press('Tab');
  await expect(time).toHaveValue('14:30');
  await expect(view.bookButton).toBeEnabled();
  await view.book();
  await expect(view.status('Booked for Lotus Digital.')).toBeVisible();
  expect(await bookings(app.desk)).toMatchObject([{ kind: 'consulting', start: '2026-03-10', startTime: '14:30', hours: 2 }]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('the bookings month grid is one Tab stop that moves with the arrow keys', async ({ page, dataDir }) => {
  const app = await start(page, dataDir);
  expectOk(
    await app.desk.dispatch('bookings/create', {
      kind: 'consulting',
      partnerId: app.partnerId,
      start: '2026-03-10',
      startTime: '09:30',
      hours: 4,
      title: 'Review',
    }),
  );
  const view = new BookingsPage(page);
  await view.open();
  const grid = view.calendar.getByRole('grid', { name: 'March 2026' });
  // A day reads as its date in full, its holiday, then its bookings.
  const day = (name: string) => grid.getByRole('gridcell', { name: new RegExp(`^${name}\\b`) });
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  await view.calendar.getByRole('button', { name: 'Next month' }).focus();
  await page.keyboard.press('Tab');
  await expect(day('Mar 2, 2026')).toBeFocused(); // today
  await page.keyboard.press('ArrowRight');
  await expect(day('Mar 3, 2026')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(day('Mar 10, 2026')).toBeFocused();
  await expect(day('Mar 10, 2026')).toHaveAccessibleName(/^Mar 10, 2026 Consulting · Review · Lotus Digital/);
  await page.keyboard.press('End');
  await expect(day('Mar 15, 2026')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(day('Mar 9, 2026')).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect(view.calendarMonth).toHaveText('April 2026');
  await expect(view.calendar.getByRole('grid', { name: 'April 2026' }).getByRole('gridcell', { name: /^Apr 9, 2026\b/ })).toBeFocused();
  await page.keyboard.press('PageUp');
  await expect(view.calendarMonth).toHaveText('March 2026');
  await expect(day('Mar 9, 2026')).toBeFocused();
  await page.keyboard.press('ArrowUp'); // 2 March
  await page.keyboard.press('ArrowLeft'); // 1 March
  await page.keyboard.press('ArrowLeft'); // 28 February: the calendar turns
  await expect(view.calendarMonth).toHaveText('February 2026');
  await page.keyboard.press('ArrowRight');
  await expect(view.calendarMonth).toHaveText('March 2026');
  await page.keyboard.press('ArrowDown'); // 8 March
  await page.keyboard.press('ArrowDown'); // 15 March
  await page.keyboard.press('Home'); // 9 March
  await page.keyboard.press('ArrowRight'); // 10 March
  // One Tab leaves the grid; Shift+Tab comes back to the day left.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Partner', { exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(day('Mar 10, 2026')).toBeFocused();
  // Enter goes to the day's bookings, Escape back to the day, Enter on a booking opens it.
  await page.keyboard.press('Enter');
  const chip = grid.getByRole('button', { name: /^Consulting · Review · Lotus Digital/ });
  await expect(chip).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(day('Mar 10, 2026')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(view.dialog.getByRole('heading', { name: 'Architecture consulting for Lotus Digital' })).toBeVisible();
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('in Chinese a month is picked from the year by keyboard, and typed as 2026年4月', async ({ page, dataDir }) => {
  const app = await start(page, dataDir, 'zh-CN');
  const quotas = new QuotasPage(page);
  await quotas.open('配额');
  const month = page.getByLabel('月份', { exact: true });
  await expect(month).toHaveValue('2026-03');
  const picker = new DatePicker(page, '从日历中选择');
  await picker.buttonOf(month).focus();
  await page.keyboard.press('Enter');
  await expect(picker.dialog).toContainText('2026年');
  await expect(picker.grid.getByRole('button')).toHaveText(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
  await expect(picker.grid.getByRole('button', { name: '2026年3月' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // June
  await page.keyboard.press('ArrowDown'); // September
  await page.keyboard.press('ArrowLeft'); // August
  await page.keyboard.press('ArrowUp'); // May
  await page.keyboard.press('ArrowRight'); // June
  await page.keyboard.press('PageUp'); // June 2025
  await expect(picker.grid.getByRole('button', { name: '2025年6月' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker.dialog).toBeHidden();
  await expect(month).toHaveValue('2025-06');
  await expect(page.getByRole('table', { name: /2025年6月/ })).toBeVisible();
  await month.fill('2026年4月');
  await expect(page.getByRole('table', { name: /2026年4月/ })).toBeVisible();
  await month.press('Tab');
  await expect(month).toHaveValue('2026-04');
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

/** The month grid and the open calendars pass axe in both languages, light and dark (the rest of each screen: accessibility.spec.ts). */
for (const language of ['en', 'zh-CN'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the month grid and the open calendars pass axe in ${language}, ${scheme}`, async ({ page, dataDir }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const app = await start(page, dataDir, language);
      const words =
        language === 'en'
          ? {
              bookings: 'Bookings',
              newBooking: 'New booking',
              partner: 'Partner',
              first: 'First day',
              quotas: 'Quotas',
              month: 'Month',
              open: 'Choose from a calendar',
            }
          : { bookings: '预订', newBooking: '新建预订', partner: '伙伴', first: '第一天', quotas: '配额', month: '月份', open: '从日历中选择' };
      expectOk(
        await app.desk.dispatch('bookings/create', {
          kind: 'consulting',
          partnerId: app.partnerId,
          start: '2026-04-07',
          startTime: '09:30',
          hours: 4,
          title: 'Review',
        }),
      );
      const picker = new DatePicker(page, words.open);
      const scan = async (where = '[popover]:popover-open') =>
        (await new AxeBuilder({ page }).include(where).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      await page.getByRole('navigation').getByRole('button', { name: words.bookings, exact: true }).click();
      // The month grid too, on a month with holidays and a booking, a day focused.
      await page.locator('.month-grid td[tabindex="0"]').focus();
      await page.keyboard.press('PageDown');
      await expect(page.locator('.month-grid td[data-date="2026-04-02"]')).toBeFocused();
      const found = await scan('.booking-calendar');
      await page.getByRole('button', { name: words.newBooking }).click();
      await page.getByRole('dialog').getByLabel(words.partner).selectOption({ label: 'Lotus Digital' });
      const first = page.getByLabel(words.first, { exact: true });
      await first.fill('2026-05-06');
      await picker.open(first);
      found.push(...(await scan()));
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('navigation').getByRole('button', { name: words.quotas, exact: true }).click();
      await picker.open(page.getByLabel(words.month, { exact: true }));
      found.push(...(await scan()));
      expect(found).toEqual([]);
      await app.desk.close();
      expect(app.pageErrors).toEqual([]);
    });
  }
}
