import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { StandInEmitter } from './emitter';

/**
 * A stand-in for the `electron` module, for unit tests of the shell (electron/main, the preload)
 * in plain Node, where `require('electron')` cannot run. It has just what the shell calls and
 * records what the shell did; `resetElectron()` gives each test a new one. vitest's unit project
 * resolves `electron` to this file; nothing in the app imports it.
 */
type Rect = { x: number; y: number; width: number; height: number };
type SaveDialogAnswer = { canceled: boolean; filePath?: string };
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class StandInApp extends StandInEmitter {
  isPackaged = false;
  version = '9.9.9-stand-in';
  lockGranted = true;
  readonly paths = new Map<string, string>();
  readonly switches = new Map<string, string | undefined>();
  readonly commandLine = { appendSwitch: (name: string, value?: string) => void this.switches.set(name, value) };
  quitCalls = 0;
  exitCode: number | null = null;
  relaunched = 0;
  logsPath: string | null = null;
  private readyGate: Promise<void> = Promise.resolve();

  getVersion = () => this.version;
  getPath = (name: string) => this.paths.get(name) ?? join(tmpdir(), 'psd-stand-in', name);
  setPath = (name: string, path: string) => void this.paths.set(name, path);
  setAppLogsPath = (path?: string) => void (this.logsPath = path ?? null);
  requestSingleInstanceLock = () => this.lockGranted;
  whenReady = () => this.readyGate;
  /** Holds 'ready' until the returned function is called, to check what happens before it. */
  holdReady(): () => void {
    let release = () => undefined as void;
    this.readyGate = new Promise<void>((resolve) => (release = resolve));
    return release;
  }
  quit = () => void this.quitCalls++;
  exit = (code = 0) => void (this.exitCode = code);
  relaunch = () => void this.relaunched++;
}

export class WebContents extends StandInEmitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  setWindowOpenHandler = (handler: (details: { url: string }) => { action: string }) => void (this.windowOpenHandler = handler);
  send = (...args: unknown[]) => void this.sent.push(args);
  isDestroyed = () => this.destroyed;
  printToPDF = async () => Buffer.from('%PDF-1.4 stand-in');
}

export class BrowserWindow extends StandInEmitter {
  static all: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.all.filter((w) => !w.destroyed);
  readonly webContents = new WebContents();
  readonly loaded: string[] = [];
  shown = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  bounds: Rect;

  constructor(readonly options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: Number(options.width ?? 800), height: Number(options.height ?? 600) };
    BrowserWindow.all.push(this);
    // As Electron does: every new web contents is announced on the app.
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL = async (url: string) => {
    this.loaded.push(url);
    this.emit('ready-to-show');
  };
  show = () => void (this.shown = true);
  focus = () => void (this.focused = true);
  restore = () => void (this.minimized = false);
  isMinimized = () => this.minimized;
  maximize = () => void (this.maximized = true);
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
  getNormalBounds = () => this.bounds;
}

class IpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  handle = (channel: string, handler: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  };
  /** What a page's ipcRenderer.invoke would get, from a frame at `frameUrl`. */
  invoke = async (channel: string, frameUrl: string, ...args: unknown[]) => {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: { url: frameUrl } }, ...args);
  };
}

class Session {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler = (handler: Session['permissionRequest']) => void (this.permissionRequest = handler);
  setPermissionCheckHandler = (handler: Session['permissionCheck']) => void (this.permissionCheck = handler);
}

class IpcRenderer extends StandInEmitter {
  readonly invoked: unknown[][] = [];
  answer: unknown = { ok: true, data: null };
  invoke = async (...args: unknown[]) => {
    this.invoked.push(args);
    return this.answer;
  };
}

export let app = new StandInApp();
export let ipcMain = new IpcMain();
export let ipcRenderer = new IpcRenderer();
export const session = { defaultSession: new Session() };
export const shell = {
  opened: [] as string[],
  paths: [] as string[],
  openExternal: async (url: string) => void shell.opened.push(url),
  openPath: async (path: string) => (shell.paths.push(path), ''),
};
export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  saveAnswer: { canceled: true } as SaveDialogAnswer,
  showErrorBox: (title: string, content: string) => void dialog.errorBoxes.push({ title, content }),
  showSaveDialog: async (..._args: unknown[]) => dialog.saveAnswer,
};
export const Menu = {
  current: null as { items: Record<string, unknown>[] } | null,
  buildFromTemplate: (items: Record<string, unknown>[]) => ({ items }),
  setApplicationMenu: (menu: { items: Record<string, unknown>[] } | null) => void (Menu.current = menu),
};
export const screen = { displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as { workArea: Rect }[], getAllDisplays: () => screen.displays };
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: (key: string, api: unknown) => void contextBridge.exposed.set(key, api),
};
export const clipboard = { text: '', writeText: (text: string) => void (clipboard.text = text) };
export class Notification {
  static isSupported = () => false;
  show = () => undefined;
}

/** A new stand-in for the next test: nothing registered, nothing recorded. */
export function resetElectron(): void {
  app = new StandInApp();
  ipcMain = new IpcMain();
  ipcRenderer = new IpcRenderer();
  session.defaultSession = new Session();
  BrowserWindow.all = [];
  shell.opened.length = 0;
  shell.paths.length = 0;
  dialog.errorBoxes.length = 0;
  dialog.saveAnswer = { canceled: true };
  Menu.current = null;
  screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  contextBridge.exposed.clear();
  clipboard.text = '';
}
