import { mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Page, test as base } from '@playwright/test';

import { type Desk, openDesk } from '@main/desk';
import type { PlatformServices } from '@main/ipc/services';

import { type Emitted, tempDataDir, testServices } from '../builders/services';

// The built renderer: out/renderer, or the one in PSD_OUT_DIR (see electron.vite.config.ts).
const RENDERER = join(process.env.PSD_OUT_DIR ?? join(process.cwd(), 'out'), 'renderer');
const ORIGIN = 'http://desk.test';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Stands in for the preload: `window.desk` with the same shape, whose invoke goes through a
 * binding to the real dispatcher and store, running in this test process.
 */
const BRIDGE = `
  (() => {
    const listeners = new Map();
    window.desk = {
      invoke: async (channel, request) => JSON.parse(await window.__deskInvoke(channel, request)),
      on: (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      },
    };
    window.__deskEmit = (event, payload) => (listeners.get(event) ?? new Set()).forEach((l) => l(payload));
  })();
`;

export type TestServices = ReturnType<typeof testServices>;
export type RunningApp = { page: Page; desk: Desk; dataDir: string; pageErrors: string[]; services: TestServices; emitted: Emitted[] };

/**
 * Chromium reads the renderer's files itself from a file: URL, as Electron's window does, rather
 * than through the route handler (launch it with ALLOW_FILES): the route handler runs on this
 * process's one thread, where the desk's work (main's, in the app) holds the files back.
 */
export type ServedFrom = 'route' | 'disk';
/** The switch a browser needs for a file: page to load its module scripts. */
export const ALLOW_FILES = '--allow-file-access-from-files';

/** Opens the built renderer in a new page over a desk on `dataDir`, as the app's window would. */
export async function launchApp(page: Page, dataDir: string, overrides: Partial<PlatformServices> = {}, from: ServedFrom = 'route'): Promise<RunningApp> {
  const emitted: Emitted[] = [];
  const services = testServices(
    {
      // As main's webContents.send does, push the event to the page's listeners, and keep it for the test.
      emit: (event, payload) => {
        emitted.push({ event, payload });
        void page.evaluate(`window.__deskEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`).catch(() => undefined);
      },
      // As the app's printToPDF does, print the page with its print stylesheet to a file.
      savePagePdf: async (name) => {
        const path = join(dataDir, 'exports', `${name}.pdf`);
        await mkdir(dirname(path), { recursive: true });
        await page.pdf({ path, format: 'A4', printBackground: true });
        return path;
      },
      ...overrides,
    },
    dataDir,
  );
  const desk = await openDesk({ dataDir, services });
  // The answer crosses as JSON text (the contract's answers are JSON; NOT_JSON refuses the rest):
  // Playwright's own serialiser walks every object of a large answer (5,000 SLA clocks) far more
  // slowly than Electron's structured clone, which would make the page's start a measure of the
  // harness.
  await page.exposeBinding('__deskInvoke', async (_source, channel: unknown, request: unknown) => JSON.stringify(await desk.dispatch(channel, request)));
  await page.addInitScript(BRIDGE);
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = normalize(new URL(route.request().url()).pathname).replace(/^\/+/, '') || 'index.html';
    const file = join(RENDERER, path);
    if (!file.startsWith(RENDERER)) return route.fulfill({ status: 403 });
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({ status: 200, body, contentType: TYPES[extname(file)] ?? 'application/octet-stream' });
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A translation key with no text (renderer/i18n/i18n.ts) fails the test like an error would.
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('Missing translation')) pageErrors.push(message.text());
  });
  await page.goto(from === 'disk' ? pathToFileURL(join(RENDERER, 'index.html')).href : `${ORIGIN}/index.html`);
  return { page, desk, dataDir, pageErrors, services, emitted };
}

type Fixtures = {
  dataDir: string;
  app: RunningApp;
  /** Closes the running app and opens a new page on the same data folder, like a restart. */
  restart: () => Promise<RunningApp>;
};

export const test = base.extend<Fixtures>({
  // Playwright reads fixture parameters by destructuring; the first argument is unused here.
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const { dir, cleanup } = await tempDataDir();
    await use(dir);
    await cleanup();
  },
  app: async ({ page, dataDir }, use) => {
    const app = await launchApp(page, dataDir);
    await use(app);
    await app.desk.close().catch(() => undefined);
    // An uncaught error in the page is a failure even when the screen looked right.
    base.expect(app.pageErrors).toEqual([]);
  },
  restart: async ({ app, context, dataDir }, use) => {
    const opened: RunningApp[] = [];
    await use(async () => {
      await app.page.close();
      await app.desk.close();
      const next = await launchApp(await context.newPage(), dataDir);
      opened.push(next);
      return next;
    });
    for (const o of opened) {
      await o.desk.close().catch(() => undefined);
      base.expect(o.pageErrors).toEqual([]);
    }
  },
});

export { expect } from '@playwright/test';
