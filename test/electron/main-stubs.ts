import type { ElectronApplication } from '@playwright/test';

/** What the stubs keep in the main process's globals. */
type MainGlobals = { __opened?: string[] };

/** The system browser is replaced by a list of the URLs main asked it to open. */
export async function stubOpenExternal(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const globals = globalThis as unknown as MainGlobals;
    globals.__opened = [];
    shell.openExternal = async (url: string) => {
      globals.__opened?.push(url);
    };
  });
}

export function openedUrls(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as unknown as MainGlobals).__opened ?? []);
}

/** Every save dialog answers `filePath`, as if the user had chosen it. */
export async function stubSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
  }, filePath);
}

/** The titles of the app's native windows, as the window manager shows them. */
export function windowTitles(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
}
