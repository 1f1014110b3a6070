import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';

import { type Desk, openDesk } from '../desk';
import type { Envelope } from '../ipc/contract';
import { DataTooNewError } from '../store/data-file';
import { StoreLockedError } from '../store/lock';
import { isAppUrl } from './app-url';
import { createFileLog, type FileLog } from './file-log';
import { installMenu } from './menu';
import { electronServices } from './platform-services';
import { denyPermissions, lockDownContents, secureWebPreferences } from './security';
import { type ShellPaths, shellPaths } from './shell-paths';
import { type ShellText, shellText } from './shell-text';
import { storedLanguage } from './stored-language';
import { loadWindowState, trackWindowState, windowSize } from './window-state';

export type ShellOptions = {
  env: Readonly<Record<string, string | undefined>>;
  mainDir: string;
  /** Log exceptions nothing caught (the real app; not a test runner's process). */
  catchUncaught?: boolean;
};

/** What the shell holds while it runs; tests read it through the stand-in's records. */
type Running = { paths: ShellPaths; text: ShellText; log: FileLog; desk?: Desk; window?: BrowserWindow };

/**
 * The thin Electron shell: paths, language, single instance, one locked-down window, and the one
 * IPC channel that reaches the desk. Everything it decides is tested with a stand-in for
 * `electron`; the desk itself (electron/desk.ts) imports nothing from it.
 * Answers when the window has loaded, or when the app is on its way out.
 */
export function startShell(options: ShellOptions): Promise<void> {
  const paths = shellPaths({ env: options.env, isPackaged: app.isPackaged, mainDir: options.mainDir, userDataDefault: app.getPath('userData') });
  if (paths.userData) app.setPath('userData', paths.userData);
  app.setAppLogsPath(paths.logsDir);
  const log = createFileLog(paths.logsDir);
  if (options.catchUncaught) log.catchUncaught();
  // Chromium reads its language once, before ready: the native date pickers follow it.
  const language = storedLanguage(paths.dataDir);
  if (language) app.commandLine.appendSwitch('lang', language);
  const running: Running = { paths, text: shellText(language), log };
  // Windows attributes notifications and the taskbar to this id (electron-builder.yml's appId).
  if (process.platform === 'win32') app.setAppUserModelId('com.partnersupportdesk.desk');

  if (!app.requestSingleInstanceLock()) {
    log.info('Another Partner Support Desk already runs with this profile; it was brought to the front and this launch stops.');
    app.quit();
    return Promise.resolve();
  }
  app.on('second-instance', () => {
    log.info('A second launch was stopped (second-instance); this window was brought to the front.');
    const window = running.window;
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, paths.rendererUrl));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && running.desk) void createWindow(running);
  });
  app.on('will-quit', (event) => {
    // Quit only once the desk has closed: pending writes and the index are flushed first.
    const desk = running.desk;
    if (!desk) return;
    running.desk = undefined;
    event.preventDefault();
    void desk
      .close()
      .catch((error: unknown) => log.error('The desk did not close cleanly', error))
      .finally(() => app.quit());
  });
  return app.whenReady().then(() => start(running));
}

async function start(running: Running): Promise<void> {
  const { paths, text, log } = running;
  const services = electronServices({ window: () => running.window, log, logsDir: paths.logsDir });
  installMenu(text, {
    run: (command) => services.emit('app/menu', { command }),
    showLogs: () => void shell.openPath(paths.logsDir),
  });
  denyPermissions(session.defaultSession);
  log.info(`Partner Support Desk ${services.runtime.version} starting`, { ...services.runtime, dataDir: paths.dataDir });
  try {
    running.desk = await openDesk({ dataDir: paths.dataDir, services });
  } catch (error) {
    log.error('The data folder could not be opened', error);
    dialog.showErrorBox(text.cannotOpen, cannotOpenMessage(text, error));
    app.exit(1);
    return;
  }
  wireIpc(running.desk, paths.rendererUrl);
  await createWindow(running);
}

function cannotOpenMessage(text: ShellText, error: unknown): string {
  if (error instanceof StoreLockedError) return text.locked(error.dir, error.holderPid, error.holderHost);
  if (error instanceof DataTooNewError) return text.tooNew(error.file, error.version);
  return text.unexpected(error instanceof Error ? error.message : String(error));
}

const FORBIDDEN: Envelope<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the desk.' } };

function wireIpc(desk: Desk, rendererUrl: string): void {
  ipcMain.handle('desk:invoke', (event, channel: unknown, request: unknown) => {
    // Only our own page may call in: not a navigated-away frame, not an injected one.
    if (!isAppUrl(event.senderFrame?.url ?? '', rendererUrl)) return FORBIDDEN;
    return desk.dispatch(channel, request);
  });
}

async function createWindow(running: Running): Promise<void> {
  const { paths } = running;
  const state = await loadWindowState(paths.dataDir);
  const window = new BrowserWindow({
    ...windowSize(state),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Partner Support Desk',
    webPreferences: secureWebPreferences(paths.preload),
  });
  running.window = window;
  if (state.maximized) window.maximize();
  // Navigation is locked down for every web contents in 'web-contents-created', this one included.
  trackWindowState(window, paths.dataDir);
  window.once('ready-to-show', () => window.show());
  await window.loadURL(paths.rendererUrl);
}
