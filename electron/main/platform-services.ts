import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { arch, release, type } from 'node:os';
import { join } from 'node:path';
import { app, type BrowserWindow, clipboard, dialog, Notification, shell } from 'electron';

import type { RuntimeInfo } from '../ipc/contract';
import type { Logger, PlatformServices } from '../ipc/services';

export function runtimeInfo(): RuntimeInfo {
  return {
    version: app.getVersion(),
    electron: process.versions.electron ?? null,
    chromium: process.versions.chrome ?? null,
    node: process.versions.node,
    v8: process.versions.v8,
    os: `${type()} ${release()} (${arch()})`,
  };
}

/** What handlers need from the platform, done with Electron's own services for the one window. */
export function electronServices(options: { window: () => BrowserWindow | undefined; log: Logger; logsDir: string }): PlatformServices {
  const { window, log } = options;
  const live = () => {
    const current = window();
    return current && !current.isDestroyed() ? current : undefined;
  };
  return {
    now: () => new Date(),
    newId: () => randomUUID(),
    runtime: runtimeInfo(),
    logsDir: options.logsDir,
    log,
    openExternal: (url) => shell.openExternal(url),
    copyText: async (text) => clipboard.writeText(text),
    notify: async (title, body) => {
      // Some Linux desktops have no notification server; the SLA badge still shows the count.
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    savePagePdf: async (suggestedName) => {
      const current = live();
      if (!current) return null;
      const pdf = await current.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
      const choice = await dialog.showSaveDialog(current, {
        defaultPath: join(app.getPath('documents'), `${suggestedName}.pdf`),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, pdf);
      return choice.filePath;
    },
    saveFile: async (suggestedName, content, filters) => {
      const current = live();
      const dialogOptions = { defaultPath: join(app.getPath('documents'), suggestedName), filters: filters.map((f) => ({ ...f })) };
      const choice = current ? await dialog.showSaveDialog(current, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return null;
      await writeFile(choice.filePath, content);
      return choice.filePath;
    },
    showFolder: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(`The file manager could not open ${path}: ${problem}`);
    },
    restart: () => {
      // will-quit closes the desk (pending writes flushed) before the new instance starts.
      app.relaunch();
      app.quit();
    },
    emit: (event, payload) => live()?.webContents.send('desk:event', event, payload),
  };
}
