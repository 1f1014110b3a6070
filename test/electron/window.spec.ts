import { DeskWindow } from './desk-window';
import { expect, test } from './electron-app';
import { windowTitles } from './main-stubs';

test('the window opens with its title on the Partners screen', async ({ launch }) => {
  const { app, window } = await launch();
  const desk = new DeskWindow(window);
  await expect(window).toHaveTitle('Partner Support Desk');
  expect(await windowTitles(app)).toEqual(['Partner Support Desk']);
  await expect(desk.heading('Partners')).toBeVisible();
  await expect(desk.nav('Partners')).toBeVisible();
  await expect(window.getByText('No partners yet')).toBeVisible();
  await desk.screenshot('first-window-en.png');
});

test('the page reaches main only through window.desk: invoke and on, no Node', async ({ launch }) => {
  const { window } = await launch();
  expect(await new DeskWindow(window).bridgeShape()).toEqual({
    keys: ['invoke', 'on'],
    invoke: 'function',
    on: 'function',
    require: 'undefined',
    process: 'undefined',
  });
});
