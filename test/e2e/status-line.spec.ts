import { calendarFileText } from '../builders/calendar-file';
import { expect, test } from './harness';
import { CalendarPage } from './pages/calendar-page';
import { PartnersPage } from './pages/partners-page';

test('a confirmation belongs to its screen: it goes when the manager moves to another screen', async ({ app }) => {
  const partners = new PartnersPage(app.page);
  await partners.open();
  await partners.create({ name: 'Lotus Digital' });
  const status = app.page.getByRole('status').filter({ hasText: 'added' });
  await expect(status).toContainText('Lotus Digital was added.');
  await app.page
    .getByRole('navigation')
    .getByRole('button', { name: /^SLA clocks/ })
    .click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'SLA clocks' })).toBeVisible();
  await expect(status).toHaveCount(0);
  expect(app.pageErrors).toEqual([]);
});

test('a confirmation in English goes when the manager switches to Chinese, rather than staying in English', async ({ app }) => {
  const calendar = new CalendarPage(app.page);
  await calendar.open();
  await calendar.chooseFile(calendarFileText());
  await calendar.apply();
  const status = app.page.getByRole('status').filter({ hasText: 'imported' });
  await expect(status).toContainText('The calendar file was imported');
  await app.page.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  await expect(app.page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await expect(status).toHaveCount(0);
  expect(app.pageErrors).toEqual([]);
});
