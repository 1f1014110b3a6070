import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import type { AboutInfo } from '@main/ipc/contract';

import { aPartner } from '../builders/partners';
import { expect, launchApp, test } from './harness';
import { AboutPage, HELP_WORDS } from './pages/about-page';

const SHOTS = join(process.cwd(), 'test-results', 'screens');
const ERROR_ID = /\(error ([0-9A-F]{4})\)/;

/** The text of every entry of a saved zip, by entry name. */
async function zipEntries(path: string): Promise<Record<string, string>> {
  const entries = unzipSync(new Uint8Array(await readFile(path)));
  return Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

test('About, opened from Settings, shows the versions and folders; Show in folder opens the data folder', async ({ app }) => {
  const help = new AboutPage(app.page);
  await help.openSettings();
  await help.openAbout();
  await expect(help.fact('Version')).toHaveText('0.0.0-test');
  // The test's page is a plain browser, as main's runtime says: no Electron, no Chromium version.
  await expect(help.fact('Electron')).toHaveText('not in the desktop app');
  await expect(help.fact('Chromium')).toHaveText('not in the desktop app');
  await expect(help.fact('Node.js')).toHaveText(process.versions.node);
  await expect(help.fact('Operating system')).toHaveText('test');
  await expect(help.fact('Data folder')).toContainText(app.dataDir);
  await expect(help.fact('Log files')).toHaveText(join(app.dataDir, 'logs'));
  await expect(help.fact('Holiday calendar')).toHaveText(/^2020-20\d\d \(source: .+\)$/);
  const about = (await app.desk.dispatch('app/about', {})) as { ok: true; data: AboutInfo };
  if (about.data.licences.length > 0) {
    await help.about.getByText(/^Licences of the \d+ packages? inside the app$/).click();
    const first = about.data.licences[0]!;
    await expect(help.about.getByRole('row').filter({ hasText: first.name }).first()).toContainText(first.licence);
  } else {
    await expect(help.about).toContainText('This build carries no list of the packages inside it.');
  }

  await help.fact('Data folder').getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => app.services.shown).toEqual([app.dataDir]);

  // Escape closes it, and the keyboard is back on the button that opened it.
  await app.page.keyboard.press('Escape');
  await expect(help.about).toBeHidden();
  await expect(help.aboutButton).toBeFocused();
});

test('Help → About and Save Diagnostics… of the native menu open the dialogs', async ({ app }) => {
  const help = new AboutPage(app.page);
  await expect(app.page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  app.services.emit('app/menu', { command: 'about' });
  await expect(help.about).toBeVisible();
  await expect(help.fact('Version')).toHaveText('0.0.0-test');
  await help.about.getByRole('button', { name: 'Close' }).click();
  await expect(help.about).toBeHidden();

  app.services.emit('app/menu', { command: 'save-diagnostics' });
  await expect(help.diagnostics).toBeVisible();
  await expect(help.includeData).not.toBeChecked();
  await app.page.keyboard.press('Escape');
  await expect(help.diagnostics).toBeHidden();
  expect(app.services.saved).toEqual([]);
});

test('saved diagnostics leave partner data out unless the user includes it', async ({ app }) => {
  await app.desk.dispatch('partners/create', aPartner({ name: 'Quillfeather Analytics' }));
  const help = new AboutPage(app.page);
  await help.openSettings();

  await help.openDiagnostics();
  await expect(help.diagnostics).toContainText('It holds no partner data.');
  await expect(help.includeData).not.toBeChecked();
  await expect(help.diagnostics.getByText(/will then also hold your partners/)).toHaveCount(0);
  await help.diagnostics.getByRole('button', { name: 'Cancel' }).click();

  await help.saveDiagnostics(false);
  expect(app.services.saved).toHaveLength(1);
  const withoutData = app.services.saved[0]!;
  expect(withoutData.startsWith(join(app.dataDir, 'exports'))).toBe(true);
  await expect(app.page.getByRole('status')).toHaveText(new RegExp(`^Diagnostics saved to ${escape(withoutData)} \\(\\d+ files?, [\\d.,]+ (B|KB|MB)\\)\\.`));
  const plain = await zipEntries(withoutData);
  expect(Object.keys(plain)).toEqual(expect.arrayContaining(['about.json', 'inventory.json']));
  expect(Object.keys(plain).some((name) => name.endsWith('desk.json'))).toBe(false);
  expect(Object.entries(plain).filter(([, text]) => text.includes('Quillfeather'))).toEqual([]);

  await help.openDiagnostics();
  await help.includeData.check();
  await expect(help.diagnostics.getByText(/will then also hold your partners/)).toBeVisible();
  await help.diagnostics.getByRole('button', { name: 'Save…' }).click();
  await expect(help.diagnostics).toBeHidden();
  const withData = app.services.saved.at(-1)!;
  await expect(app.page.getByRole('status')).toContainText(`Diagnostics saved to ${withData} (`);
  const full = await zipEntries(withData);
  expect(full['data/desk.json']).toContain('Quillfeather Analytics');
});

test('an internal failure in main is shown with the error id that its log line carries', async ({ page, dataDir }) => {
  const app = await launchApp(page, dataDir, {
    showFolder: async () => {
      throw new Error('the file manager is not installed');
    },
  });
  const help = new AboutPage(page);
  await help.openSettings();
  await help.openAbout();
  await help.about.getByRole('button', { name: 'Show in folder' }).click();
  const alert = help.about.getByRole('alert');
  await expect(alert).toHaveText(
    /^Something went wrong on our side and nothing was changed \(error [0-9A-F]{4}\)\. Please try again; if it happens again, use Help → Save diagnostics… and send the file with the error number\.$/,
  );
  const errorId = ERROR_ID.exec((await alert.textContent()) ?? '')![1]!;
  expect(app.services.log.errors).toEqual([
    { message: `IPC app/show-data-folder failed (error ${errorId})`, cause: expect.objectContaining({ message: 'the file manager is not installed' }) },
  ]);
  await app.desk.close();
  expect(app.pageErrors).toEqual([]);
});

test('a screen that fails to render shows the reload screen, and the error reaches the log', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  await breakTheAboutBox(page);
  const help = new AboutPage(page);
  await help.openSettings();
  await help.aboutButton.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong on this screen' })).toBeFocused();
  const sentence = page.getByText(/^The screen stopped at an error the app did not expect \(error [0-9A-F]{4}; it is in the log\)/);
  await expect(sentence).toBeVisible();
  const errorId = /error ([0-9A-F]{4});/.exec((await sentence.textContent()) ?? '')![1]!;
  const logged = app.services.log.errors.filter((e) => e.message.startsWith('The page reported a rendering error'));
  expect(logged).toHaveLength(1);
  expect(logged[0]!.message).toMatch(new RegExp(`^The page reported a rendering error on settings \\(error ${errorId}\\): .+`));
  expect(String(logged[0]!.cause)).toContain('React components:');

  await page.getByRole('button', { name: 'Save diagnostics…' }).click();
  await expect.poll(() => app.services.saved.length).toBe(1);
  await expect(page.getByRole('status')).toHaveText(`Diagnostics saved to ${app.services.saved[0]}.`);
  const archive = await zipEntries(app.services.saved[0]!);
  expect(Object.keys(archive).some((name) => name.startsWith('data/'))).toBe(false);

  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
});

test('uncaught errors and unhandled rejections of the page reach main’s log, at most 20 a minute', async ({ page, dataDir }) => {
  const app = await launchApp(page, dataDir);
  await expect(page.getByRole('heading', { level: 1, name: 'Partners' })).toBeVisible();
  const reports = () => app.services.log.errors.filter((e) => e.message.startsWith('The page reported')).map((e) => e.message);

  await page.evaluate(() => {
    setTimeout(() => {
      throw new Error('boom from a timer');
    });
  });
  await page.evaluate(() => {
    void Promise.reject(new Error('a promise nobody awaited'));
  });
  await expect
    .poll(reports)
    .toEqual([
      expect.stringMatching(/^The page reported an error on partners \(error [0-9A-F]{4}\): .*boom from a timer$/),
      expect.stringMatching(/^The page reported an unhandled-rejection on partners \(error [0-9A-F]{4}\): a promise nobody awaited$/),
    ]);

  // An error repeating fast fills the log only up to the cap.
  await page.evaluate(() => {
    for (let i = 0; i < 30; i++) {
      setTimeout(() => {
        throw new Error(`repeat ${i}`);
      });
    }
  });
  await expect.poll(() => app.pageErrors.length).toBe(32);
  await page.waitForTimeout(300);
  expect(reports()).toHaveLength(20);
  await app.desk.close();
});

test('changing the language offers a restart, and Restart now restarts the app', async ({ app }) => {
  const help = new AboutPage(app.page);
  await help.openSettings();
  // The page started in English (the system's language here): choosing English changes nothing.
  await help.languageSelect.selectOption('en');
  await expect(app.page.getByText(/built-in controls switch to/)).toHaveCount(0);

  await help.languageSelect.selectOption('zh-CN');
  const zh = new AboutPage(app.page, HELP_WORDS['zh-CN']);
  const offer = app.page.getByText('日期选择器等内置控件将在应用重启后切换为简体中文。');
  await expect(offer).toBeVisible();
  await expect(zh.languageSelect).toHaveAccessibleDescription(/日期选择器等内置控件/);
  await zh.languageSelect.selectOption('en');
  await expect(app.page.getByText(/built-in controls switch to/)).toHaveCount(0);

  await help.languageSelect.selectOption('zh-CN');
  await zh.restartNow.click();
  await expect.poll(() => app.services.restarts.length).toBe(1);
});

for (const language of ['en', 'zh-CN'] as const) {
  test(`the About, Save diagnostics and reload screens in ${language}`, async ({ app }) => {
    const { page, desk } = app;
    const words = HELP_WORDS[language];
    await desk.dispatch('settings/update', { language });
    await page.reload();
    const help = new AboutPage(page, words);
    await help.openSettings();
    await help.helpSection.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `settings-help-${language}.png`) });
    await help.openAbout();
    await page.screenshot({ path: join(SHOTS, `about-dialog-${language}.png`) });
    const licences = help.about.locator('summary');
    if ((await licences.count()) > 0) {
      await licences.click();
      await page.screenshot({ path: join(SHOTS, `about-licences-${language}.png`) });
    }
    await page.keyboard.press('Escape');

    await help.openDiagnostics();
    await help.includeData.check();
    await page.screenshot({ path: join(SHOTS, `diagnostics-dialog-${language}.png`) });
    await page.keyboard.press('Escape');

    const other = language === 'en' ? 'zh-CN' : 'en';
    await help.languageSelect.selectOption(other);
    const switched = new AboutPage(page, HELP_WORDS[other]);
    await expect(switched.restartNow).toBeVisible();
    await switched.languageSelect.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `restart-offer-${other}.png`) });
    await switched.languageSelect.selectOption(language);
    await expect(switched.restartNow).toBeHidden();

    await breakTheAboutBox(page);
    await help.aboutButton.click();
    await expect(page.getByRole('heading', { level: 1, name: words.crashTitle })).toBeVisible();
    await expect(page.getByText(/[0-9A-F]{4}/)).toBeVisible();
    await page.screenshot({ path: join(SHOTS, `crash-screen-${language}.png`) });
  });
}

/**
 * Main answering what the page does not expect (an About without its calendar) makes the About
 * box fail to render: a real render error, with no test-only path in the app. (A script of the
 * page's own, as this side has no DOM types.)
 */
async function breakTheAboutBox(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    const invoke = window.desk.invoke;
    window.desk.invoke = async (channel, request) => {
      const answer = await invoke(channel, request);
      return channel === 'app/about' && answer.ok ? { ...answer, data: { ...answer.data, calendar: null } } : answer;
    };
  })()`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
