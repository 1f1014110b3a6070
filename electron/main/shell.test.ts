import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aPartner } from '@test/builders/partners';
import { tempDataDir } from '@test/builders/services';
import { startTestShell } from '@test/builders/shell';
import { app, BrowserWindow, dialog, ipcMain, Menu, resetElectron, session, shell } from '@test/stand-ins/electron';
import { standInEvent } from '@test/stand-ins/emitter';

let root: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  resetElectron();
  ({ dir: root, cleanup } = await tempDataDir());
});

afterEach(async () => {
  // Let the desk close (and release its lock) before the folder goes.
  const quitting = standInEvent();
  app.emit('will-quit', quitting);
  if (quitting.defaultPrevented) await expect.poll(() => app.quitCalls).toBeGreaterThan(0);
  await cleanup();
});

const onlyWindow = () => {
  expect(BrowserWindow.all).toHaveLength(1);
  return BrowserWindow.all[0]!;
};

describe('the window', () => {
  it('is made with secure web preferences and loads the built page beside main', async () => {
    const shellRun = await startTestShell(root);
    await shellRun.started;
    const window = onlyWindow();
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences?.preload).toBe(join(shellRun.mainDir, '../preload/index.cjs'));
    expect(window.loaded).toEqual([pathToFileURL(join(shellRun.mainDir, '../renderer/index.html')).href]);
    expect(window.shown).toBe(true);
  });

  it('ignores ELECTRON_RENDERER_URL once packaged, and honours it in development', async () => {
    app.isPackaged = true;
    await (
      await startTestShell(root, { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } })
    ).started;
    expect(onlyWindow().loaded[0]).toMatch(/^file:.*\/renderer\/index\.html$/);

    app.emit('will-quit', standInEvent());
    await expect.poll(() => app.quitCalls).toBe(1);
    resetElectron();
    await (
      await startTestShell(join(root, 'dev'), { env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } })
    ).started;
    expect(onlyWindow().loaded[0]).toBe('http://localhost:5173/');
  });

  it('moves remembered bounds from a display that is gone back onto one that is there', async () => {
    await (
      await startTestShell(root, { windowState: { bounds: { x: 2400, y: 100, width: 1200, height: 800 }, maximized: true } })
    ).started;
    const window = onlyWindow();
    expect(window.options).toMatchObject({ x: 360, y: 140, width: 1200, height: 800 });
    expect(window.maximized).toBe(true);
  });
});

describe('locked down', () => {
  it('denies navigation away, opening web links in the system browser instead', async () => {
    await (
      await startTestShell(root)
    ).started;
    const { webContents } = onlyWindow();
    const away = standInEvent();
    webContents.emit('will-navigate', away, 'https://evil.example/phish');
    expect(away.defaultPrevented).toBe(true);
    const local = standInEvent();
    webContents.emit('will-navigate', local, 'file:///etc/passwd');
    expect(local.defaultPrevented).toBe(true);
    const own = standInEvent();
    webContents.emit('will-navigate', own, `${onlyWindow().loaded[0]}#/settings`);
    expect(own.defaultPrevented).toBe(false);
    expect(shell.opened).toEqual(['https://evil.example/phish']);
  });

  it('denies new windows and every permission request', async () => {
    await (
      await startTestShell(root)
    ).started;
    const { webContents } = onlyWindow();
    expect(webContents.windowOpenHandler?.({ url: 'https://vendor.example/docs' })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.opened).toEqual(['https://vendor.example/docs']);
    const answers: boolean[] = [];
    session.defaultSession.permissionRequest?.(webContents, 'media', (granted) => answers.push(granted));
    session.defaultSession.permissionRequest?.(webContents, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(session.defaultSession.permissionCheck?.(webContents, 'clipboard-read')).toBe(false);
  });
});

describe('the one IPC channel', () => {
  it('dispatches the app page and answers FORBIDDEN to any other frame, the host of a file: URL included', async () => {
    const shellRun = await startTestShell(root);
    await shellRun.started;
    const page = onlyWindow().loaded[0]!;
    expect(await ipcMain.invoke('desk:invoke', page, 'app/status', {})).toMatchObject({ ok: true, data: { dataDir: shellRun.dataDir } });
    const otherHost = page.replace('file:///', 'file://fileserver/');
    for (const frame of [otherHost, 'https://evil.example/', 'file:///tmp/other.html', '']) {
      expect(await ipcMain.invoke('desk:invoke', frame, 'app/status', {})).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'This page may not use the desk.' },
      });
    }
    expect(await ipcMain.invoke('desk:invoke', page, 'no/such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('one app at a time', () => {
  it('a second launch quits at once, and the first brings its window to the front', async () => {
    const first = await startTestShell(root);
    await first.started;
    const window = onlyWindow();
    window.minimized = true;
    app.emit('second-instance', standInEvent(), ['partner-support-desk']);
    expect(window.minimized).toBe(false);
    expect(window.focused).toBe(true);
    expect(await readFile(first.logFile, 'utf8')).toMatch(/A second launch was stopped \(second-instance\)/);

    resetElectron();
    app.lockGranted = false;
    await (
      await startTestShell(join(root, 'second'))
    ).started;
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.all).toEqual([]);
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('quitting', () => {
  it('waits until the desk has closed, with the last write on disk, before it quits', async () => {
    const shellRun = await startTestShell(root);
    await shellRun.started;
    const page = onlyWindow().loaded[0]!;
    const created = ipcMain.invoke('desk:invoke', page, 'partners/create', aPartner({ name: 'Lotus Digital' }));
    const quitting = standInEvent();
    app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(true);
    expect(app.quitCalls).toBe(0);
    expect(await created).toMatchObject({ ok: true });
    await expect.poll(() => app.quitCalls).toBe(1);
    expect(await readFile(join(shellRun.dataDir, 'desk.json'), 'utf8')).toContain('Lotus Digital');
    // The second will-quit (from that quit) goes through.
    const again = standInEvent();
    app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});

describe('a data folder it cannot open', () => {
  it('says another app has it, and exits with 1', async () => {
    const shellRun = await startTestShell(root);
    await writeFile(join(shellRun.dataDir, '.lock'), String(process.pid));
    await shellRun.started;
    expect(dialog.errorBoxes).toEqual([
      { title: 'Partner Support Desk cannot open its data', content: expect.stringContaining('is already open in another Partner Support Desk') },
    ]);
    expect(app.exitCode).toBe(1);
    expect(BrowserWindow.all).toEqual([]);
  });

  it('says a newer version wrote it, in the language the user chose, and exits with 1 leaving it untouched', async () => {
    const deskJson = { schemaVersion: 999, settings: { language: 'zh-CN' } };
    const shellRun = await startTestShell(root, { deskJson });
    await shellRun.started;
    expect(dialog.errorBoxes).toEqual([{ title: '伙伴支持工作台无法打开数据', content: expect.stringContaining('数据版本 999') }]);
    expect(app.exitCode).toBe(1);
    expect(JSON.parse(await readFile(join(shellRun.dataDir, 'desk.json'), 'utf8'))).toEqual(deskJson);
  });
});

describe('language', () => {
  it("gives Chromium the user's language before the app is ready", async () => {
    const release = app.holdReady();
    const shellRun = await startTestShell(root, { deskJson: { schemaVersion: 1, settings: { language: 'zh-CN', tables: {} } } });
    expect(app.switches.get('lang')).toBe('zh-CN');
    expect(BrowserWindow.all).toEqual([]);
    release();
    await shellRun.started;
    const help = Menu.current?.items.find((item) => item.role === 'help');
    expect(help?.label).toBe('帮助');
  });

  it('leaves Chromium on the system language when the user has not chosen one', async () => {
    await (
      await startTestShell(root)
    ).started;
    expect(app.switches.has('lang')).toBe(false);
  });
});
