import { readFile } from 'node:fs/promises';

import { DeskWindow } from './desk-window';
import { expect, launchAgain, mainLogOf, test } from './electron-app';
import { windowTitles } from './main-stubs';

test('a second launch on the same folders exits by itself and the first app keeps its window', async ({ launch, folders }) => {
  const { app, window } = await launch();
  const second = await launchAgain(folders, 15_000);
  expect(second, `the second launch printed:\n${second.output}`).toMatchObject({ timedOut: false, code: 0 });

  expect(app.process().exitCode).toBeNull();
  expect(app.windows()).toHaveLength(1);
  expect(await windowTitles(app)).toEqual(['Partner Support Desk']);
  await expect(new DeskWindow(window).heading('Partners')).toBeVisible();
  // The shell logs "A second launch was stopped (second-instance); this window was brought to the front."
  await expect.poll(() => readFile(mainLogOf(folders), 'utf8').catch(() => '')).toMatch(/second-instance/);
});
