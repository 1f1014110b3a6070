import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { _electron as electron, type ElectronApplication, expect, type Page, test as base, type TestInfo } from '@playwright/test';

const ROOT = process.cwd();
export const SCREENS = join(ROOT, 'test-results', 'electron', 'screens');
const LOGS = join(ROOT, 'test-results', 'electron', 'logs');

/** What to start: the packaged app, or Electron from node_modules on the built main. */
export type ElectronCommand = { executablePath: string; args: string[] };

/** PSD_ELECTRON_APP names the packaged app; otherwise node_modules' Electron runs out/main (after `electron-vite build`). */
export function findElectron(): ElectronCommand | { missing: string } {
  const packaged = process.env.PSD_ELECTRON_APP;
  if (packaged) return existsSync(packaged) ? { executablePath: packaged, args: [] } : { missing: `PSD_ELECTRON_APP=${packaged} does not exist` };
  // Never require('electron') here: in plain Node it downloads the binary when it is missing.
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'node_modules/electron/path.txt is missing (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1?)' };
  const binary = join(ROOT, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { missing: `${binary} is missing` };
  const main = join(ROOT, 'out', 'main', 'index.cjs');
  if (!existsSync(main)) return { missing: 'out/main/index.cjs is missing: run `npx electron-vite build` first' };
  return { executablePath: binary, args: [main] };
}

function electronCommand(): ElectronCommand {
  const found = findElectron();
  if ('missing' in found) throw new Error(`No Electron app to test: ${found.missing}. Set PSD_ELECTRON_APP to the packaged app's executable.`);
  return found;
}

/** A fresh userData folder (single-instance lock, logs) holding the data folder. */
export type DeskFolders = { userData: string; dataDir: string };

export async function freshFolders(): Promise<DeskFolders> {
  const userData = await mkdtemp(join(tmpdir(), 'psd-electron-'));
  return { userData, dataDir: join(userData, 'data') };
}

export const mainLogOf = (folders: DeskFolders) => join(folders.userData, 'logs', 'main.log');

/** The test process's environment, pointed at the test's folders. */
export function launchEnv(folders: DeskFolders): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined) env[name] = value;
  // Either would start something else than the built app: Node itself, or a dev server's page.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  // A first start follows the system's language; the tests read English until they choose another.
  for (const name of ['LANGUAGE', 'LC_ALL', 'LC_MESSAGES']) delete env[name];
  env.LANG = 'en_US.UTF-8';
  return { ...env, PSD_USER_DATA_DIR: folders.userData, PSD_DATA_DIR: folders.dataDir };
}

export type DeskApp = { app: ElectronApplication; window: Page; pageErrors: string[] };

/**
 * Starts the app on `folders` and waits for its window to show the navigation. `started` hears of
 * the app as soon as its process runs, so a window that never comes still gets it closed.
 */
export async function launchDesk(folders: DeskFolders, started: (app: ElectronApplication) => void = () => undefined): Promise<DeskApp> {
  const { executablePath, args } = electronCommand();
  // Playwright adds --no-sandbox on Linux unless told otherwise; the app runs sandboxed, as shipped.
  const app = await electron.launch({ executablePath, args, env: launchEnv(folders), chromiumSandbox: true, timeout: 30_000 });
  started(app);
  const window = await app.firstWindow({ timeout: 30_000 });
  const pageErrors: string[] = [];
  window.on('pageerror', (error) => pageErrors.push(error.message));
  await expect(window.getByRole('navigation')).toBeVisible({ timeout: 30_000 });
  return { app, window, pageErrors };
}

const running = (app: ElectronApplication) => app.process().exitCode === null && app.process().signalCode === null;

/** Quits the app as a user would; one that does not exit in time is killed. */
async function closeApp(app: ElectronApplication): Promise<void> {
  if (!running(app)) return;
  await Promise.race([app.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (running(app)) app.process().kill('SIGKILL');
}

/** Starts the same app again on the same folders, outside Playwright, and waits for it to exit. */
export function launchAgain(folders: DeskFolders, timeoutMs: number): Promise<{ code: number | null; timedOut: boolean; output: string }> {
  const { executablePath, args } = electronCommand();
  const child = spawn(executablePath, args, { env: launchEnv(folders), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, timedOut: true, output });
    }, timeoutMs);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut: false, output });
    });
  });
}

const fileName = (testInfo: TestInfo) =>
  `${basename(testInfo.file, '.spec.ts')}-${testInfo.title}`
    .replace(/[^\w.-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 120);

/** The app's own log of this test's starts, kept next to the results whatever the outcome. */
async function collectLogs(folders: DeskFolders, output: string[], testInfo: TestInfo): Promise<void> {
  await mkdir(LOGS, { recursive: true });
  const name = fileName(testInfo);
  const log = await readFile(mainLogOf(folders), 'utf8').catch(() => `(no log at ${mainLogOf(folders)})\n`);
  await writeFile(join(LOGS, `${name}.log`), log);
  await writeFile(join(LOGS, `${name}.output.log`), output.join(''));
}

type Fixtures = {
  /** This test's folders, removed after it (its main.log is collected first). */
  folders: DeskFolders;
  /** Starts the app on this test's folders; every app started is closed after the test. */
  launch: () => Promise<DeskApp>;
};

export const test = base.extend<Fixtures>({
  // Playwright reads fixture parameters by destructuring; the first argument is unused here.
  // eslint-disable-next-line no-empty-pattern
  folders: async ({}, use) => {
    const folders = await freshFolders();
    await use(folders);
    await rm(folders.userData, { recursive: true, force: true, maxRetries: 3 });
  },
  launch: async ({ folders }, use, testInfo) => {
    const apps: ElectronApplication[] = [];
    const desks: DeskApp[] = [];
    const output: string[] = [];
    await use(async () => {
      const desk = await launchDesk(folders, (app) => {
        apps.push(app);
        app.process().stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
        app.process().stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      });
      desks.push(desk);
      return desk;
    });
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [i, app] of apps.entries()) {
        if (running(app))
          await app
            .windows()[0]
            ?.screenshot({ path: testInfo.outputPath(`failure-${i + 1}.png`) })
            .catch(() => undefined);
      }
    }
    for (const app of apps) await closeApp(app);
    await collectLogs(folders, output, testInfo);
    // An uncaught error in the page is a failure even when the screen looked right.
    for (const desk of desks) expect(desk.pageErrors).toEqual([]);
  },
});

export { expect };
