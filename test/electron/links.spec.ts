import { DeskWindow } from './desk-window';
import { expect, test } from './electron-app';
import { openedUrls, stubOpenExternal } from './main-stubs';

test('a link to an outside site opens in the system browser and the window stays on the app', async ({ launch }) => {
  const { app, window } = await launch();
  const desk = new DeskWindow(window);
  await stubOpenExternal(app);
  const before = window.url();
  const link = await desk.addLink('https://example.com/x', 'Outside site');
  await link.click();
  await expect.poll(() => openedUrls(app)).toEqual(['https://example.com/x']);
  expect(window.url()).toBe(before);
  await expect(desk.heading('Partners')).toBeVisible();
  expect(app.windows()).toHaveLength(1);
});

test('window.open is denied and its web address goes to the system browser', async ({ launch }) => {
  const { app, window } = await launch();
  const desk = new DeskWindow(window);
  await stubOpenExternal(app);
  const before = window.url();
  const newWindows: string[] = [];
  app.on('window', (page) => newWindows.push(page.url()));
  expect(await desk.windowOpenDenied('https://example.com/y')).toBe(true);
  await expect.poll(() => openedUrls(app)).toEqual(['https://example.com/y']);
  // A window let through would show up right after the handler answered: give it that moment.
  await window.waitForTimeout(500);
  expect(newWindows).toEqual([]);
  expect(app.windows()).toHaveLength(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  expect(window.url()).toBe(before);
});
