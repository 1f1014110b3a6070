import { app, BrowserWindow, clipboard, dialog, ipcMain, Notification, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openDesk, type Desk } from '../desk';
import type { PlatformServices } from '../ipc/services';
import { DataTooNewError } from '../store/data-file';
import { StoreLockedError } from '../store/lock';
import { installMenu } from './menu';
import { isAppUrl } from './app-url';
import { denyPermissions, lockDownContents, secureWebPreferences } from './security';
import { loadWindowState, trackWindowState } from './window-state';

// Users who keep their data on another drive, and tests, point the app elsewhere.
const dataDir = process.env.PSD_DATA_DIR ?? join(app.getPath('userData'), 'data');
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? `file://${join(__dirname, '../renderer/index.html')}`;

const services: PlatformServices = {
  now: () => new Date(),
  newId: () => randomUUID(),
  appVersion: app.getVersion(),
  log: {
    info: (message, details) => console.info(message, details ?? ''),
    error: (message, cause) => console.error(message, cause),
  },
  openExternal: (url) => shell.openExternal(url),
  copyText: async (text) => clipboard.writeText(text),
  notify: async (title, body) => {
    // Some Linux desktops have no notification server; the SLA badge still shows the count.
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
  savePagePdf: async (suggestedName) => {
    const window = mainWindow;
    if (!window) return null;
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    const choice = await dialog.showSaveDialog(window, {
      defaultPath: join(app.getPath('documents'), `${suggestedName}.pdf`),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, pdf);
    return choice.filePath;
  },
  saveFile: async (suggestedName, content, filters) => {
    const window = mainWindow;
    const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: filters.map((f) => ({ ...f })) };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    await writeFile(choice.filePath, content);
    return choice.filePath;
  },
  emit: (event, payload) => mainWindow?.webContents.send('desk:event', event, payload),
};

let desk: Desk | undefined;
let mainWindow: BrowserWindow | undefined;

async function createWindow(): Promise<void> {
  const state = await loadWindowState(dataDir);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Partner Support Desk',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.cjs')),
  });
  mainWindow = window;
  if (state.maximized) window.maximize();
  // Navigation is locked down for every web contents in 'web-contents-created', this one included.
  trackWindowState(window, dataDir);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(rendererUrl);
}

function wireIpc(current: Desk): void {
  ipcMain.handle('desk:invoke', (event, channel: unknown, request: unknown) => {
    // Only our own page may call in: not a navigated-away frame, not an injected one.
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(frameUrl, rendererUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the desk.' } };
    }
    return current.dispatch(channel, request);
  });
}

async function start(): Promise<void> {
  installMenu();
  denyPermissions(session.defaultSession);
  try {
    desk = await openDesk({ dataDir, services });
  } catch (error) {
    const known = error instanceof StoreLockedError || error instanceof DataTooNewError;
    dialog.showErrorBox('Partner Support Desk cannot open its data', known ? error.message : String(error));
    app.exit(1);
    return;
  }
  wireIpc(desk);
  await createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, rendererUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && desk) void createWindow();
  });
  app.on('will-quit', (event) => {
    if (!desk) return;
    const closing = desk;
    desk = undefined;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
