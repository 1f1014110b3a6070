import { join } from 'node:path';
import type { Page } from '@playwright/test';

import type { CalendarDay } from '@core/calendar';
import type { CalendarInfo } from '@main/ipc/contract';

import { aCalendarFile, calendarFileText } from '../builders/calendar-file';
import { expectOk } from '../builders/subscriptions';
import { expect, launchApp, type RunningApp, test } from './harness';
import { CALENDAR_WORDS, CalendarPage } from './pages/calendar-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');

/** The brief's today: the shipped calendar ends with 2026, five weeks away. */
const lateNovember = (page: Page, dataDir: string) => launchApp(page, dataDir, { now: () => new Date('2026-11-26T02:00:00Z') });

async function closeApp(app: RunningApp): Promise<void> {
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
}

test('T2: import the 2027 calendar through Settings, see what it changes, and the banner goes away', async ({ page, dataDir }) => {
  const app = await lateNovember(page, dataDir);
  const calendar = new CalendarPage(page);
  await expect(calendar.banner).toHaveText(
    /The holiday calendar covers 2020-2026\. Deadlines and bookings in 2027 count Monday to Friday only\. Import the 2027 calendar in Settings\./,
  );
  await calendar.banner.getByRole('button', { name: 'Open Settings' }).click();
  await expect(calendar.section).toContainText('Covered years2020-2026');

  // A bad file first: every wrong field is named, and nothing can be applied.
  await calendar.chooseFile(calendarFileText({ holidays: ['2027-02-30'], workdays: ['2027-02-22'] }), 'bad.json');
  const errors = calendar.section.getByRole('alert');
  await expect(errors).toContainText('holidays[0].date: This is not a real date written YYYY-MM-DD.');
  await expect(errors).toContainText('workdays[0].date: Feb 22, 2027 is a weekday, so it cannot be a make-up working day.');
  await expect(calendar.section.getByRole('button', { name: 'Apply' })).toHaveCount(0);

  await calendar.chooseFile(calendarFileText());
  await expect(calendar.section.getByRole('heading', { name: 'Preview of cn-2027.json' })).toBeFocused();
  await expect(calendar.section).toContainText('The file covers 2027 with 11 holidays and 2 make-up working days. With it, the calendar covers 2020-2027.');
  const changes = calendar.yearChanges('Changes in 2027');
  await expect(changes).toContainText('2027 gets holiday data (it counted Monday to Friday until now).');
  await expect(changes.getByRole('row').nth(1)).toHaveText(['Added', 'Jan 1, 2027', 'Fri', 'Holiday', "New Year's Day"].join(''));
  expect(expectOk<CalendarInfo>(await app.desk.dispatch('calendar/info', {})).imported).toBeNull();

  await calendar.apply();
  await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('The calendar file was imported; the calendar now covers 2020-2027.');
  await expect(calendar.banner).toHaveCount(0);
  await expect(calendar.section).toContainText('Imported from cn-2027.json');
  await expect(calendar.yearSelect).toHaveValue('2027');
  await expect(calendar.section.getByRole('table', { name: 'Holidays and make-up working days in 2027' })).toContainText('Make-up working day');

  // Back to the shipped calendar, after confirming by keyboard: the banner comes back.
  await calendar.section.getByRole('button', { name: 'Back to the shipped calendar' }).click();
  await expect(calendar.section.getByRole('button', { name: 'Remove the imported calendar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar.banner).toBeVisible();
  await expect(calendar.section).toContainText('Covered years2020-2026');
  await closeApp(app);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the holiday calendar section and an import preview in ${language}`, async ({ page, dataDir }) => {
    const app = await lateNovember(page, dataDir);
    await app.desk.dispatch('settings/update', { language });
    // A corrected 2026 with 2027: the preview shows removed and renamed days too.
    const shipped2026 = expectOk<CalendarInfo>(await app.desk.dispatch('calendar/info', {})).years.at(-1)!;
    const copy = (d: CalendarDay) =>
      d.date === '2026-01-01' ? { date: d.date, name: { en: 'New Year', 'zh-CN': '新年' } } : { date: d.date, ...(d.name ? { name: { ...d.name } } : {}) };
    const sample = aCalendarFile();
    const file = calendarFileText({
      years: { from: 2026, to: 2027 },
      holidays: [...shipped2026.holidays.filter((d) => d.date !== '2026-10-07').map(copy), ...sample.holidays],
      workdays: [...shipped2026.workdays.filter((d) => d.date !== '2026-10-10').map(copy), ...sample.workdays],
    });
    await page.reload();
    const calendar = new CalendarPage(page, CALENDAR_WORDS[language]);
    await expect(calendar.banner).toBeVisible();
    await calendar.open();
    await calendar.chooseFile(file);
    await expect(calendar.yearChanges(language === 'en' ? 'Changes in 2026' : '2026 年的变化')).toBeVisible();
    // Tall enough for the whole section: the app's main area scrolls, which would cut it off.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await calendar.section.screenshot({ path: join(SHOTS, `calendar-${language}.png`) });
    await closeApp(app);
  });
}

test('T2: when main cannot say what the calendar is, the section still says why and offers the way back', async ({ page, dataDir }) => {
  const app = await lateNovember(page, dataDir);
  await app.desk.dispatch('calendar/import', { text: calendarFileText(), fileName: 'cn-2027.json' });
  // The calendar's answer fails, as a calendar stored by an older version made it fail on every start.
  await page.evaluate(`(() => {
    const invoke = window.desk.invoke;
    window.desk.invoke = async (channel, request) =>
      channel === 'calendar/info' && !window.__calendarFixed
        ? { ok: false, error: { code: 'INTERNAL', message: 'x', errorId: '7F3A' } }
        : invoke(channel, request);
  })()`);
  const calendar = new CalendarPage(page);
  await calendar.open();
  await expect(calendar.section.getByRole('alert')).toHaveText(
    /^The calendar in use could not be read: Something went wrong on our side and nothing was changed \(error 7F3A\)\./,
  );
  await calendar.section.screenshot({ path: join(SHOTS, 'calendar-unavailable-en.png') });
  await page.evaluate('window.__calendarFixed = true');
  await calendar.section.getByRole('button', { name: 'Back to the shipped calendar' }).press('Enter');
  await expect(calendar.section).toContainText('Covered years2020-2026');
  expect(expectOk<CalendarInfo>(await app.desk.dispatch('calendar/info', {})).imported).toBeNull();
  await closeApp(app);
});
