import { DeskWindow } from './desk-window';
import { expect, test } from './electron-app';

test('after choosing 简体中文 and a restart, Chromium and the UI speak Chinese', async ({ launch }) => {
  const first = await launch();
  const english = new DeskWindow(first.window);
  expect(await english.language()).toBe('en-US');
  await english.open('Settings');
  // The option reads "简体中文 (Simplified Chinese)" in English; its value is the language tag.
  await first.window.getByLabel('Language', { exact: true }).selectOption('zh-CN');
  // The page switches once main has stored the choice.
  await expect(english.heading('设置')).toBeVisible();
  await first.app.close();

  const again = await launch();
  const desk = new DeskWindow(again.window);
  // The shell passes the stored language to Chromium (the `lang` switch) before the app is ready.
  expect(await desk.language()).toBe('zh-CN');
  await expect(desk.heading('伙伴')).toBeVisible();
  await expect(desk.nav('设置')).toBeVisible();
  await desk.screenshot('first-window-zh-CN.png');

  await desk.open('费用试算');
  const date = again.window.getByLabel('变更日期', { exact: true });
  await expect(date).toHaveAttribute('type', 'date');
  // Chromium draws an empty date field in the page's locale (年/月/日 in Chinese).
  await desk.screenshot('date-input-zh-CN.png', date);
  await date.fill('2026-07-01');
  await desk.screenshot('date-input-filled-zh-CN.png', date);
  await desk.screenshot('proration-zh-CN.png');
});
