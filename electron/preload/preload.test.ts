import { beforeEach, describe, expect, it, vi } from 'vitest';

import type { DeskBridge } from './bridge';

type StandIn = typeof import('@test/stand-ins/electron');

/** Runs the preload against a fresh `electron` stand-in and answers what it exposed. */
async function loadPreload(): Promise<{ electron: StandIn; exposed: Map<string, unknown> }> {
  vi.resetModules();
  const electron = await import('@test/stand-ins/electron');
  electron.resetElectron();
  await import('./index');
  return { electron, exposed: electron.contextBridge.exposed };
}

describe('the preload', () => {
  let electron: StandIn;
  let desk: DeskBridge;
  beforeEach(async () => {
    const loaded = await loadPreload();
    electron = loaded.electron;
    desk = loaded.exposed.get('desk') as DeskBridge;
  });

  it('exposes one object, window.desk, with exactly invoke and on', async () => {
    const { exposed } = await loadPreload();
    expect([...exposed.keys()]).toEqual(['desk']);
    expect(Object.keys(exposed.get('desk') as object).sort()).toEqual(['invoke', 'on']);
  });

  it("invoke goes over the one desk:invoke channel and answers main's envelope", async () => {
    electron.ipcRenderer.answer = { ok: true, data: { version: '1.0.0' } };
    expect(await desk.invoke('app/status', {})).toEqual({ ok: true, data: { version: '1.0.0' } });
    expect(electron.ipcRenderer.invoked).toEqual([['desk:invoke', 'app/status', {}]]);
  });

  it('on hears only its own event, and the function it returns unsubscribes', () => {
    const heard: unknown[] = [];
    const off = desk.on('app/menu', (payload) => heard.push(payload));
    electron.ipcRenderer.emit('desk:event', {}, 'app/menu', { command: 'about' });
    electron.ipcRenderer.emit('desk:event', {}, 'app/notice', { message: 'not for this listener' });
    expect(heard).toEqual([{ command: 'about' }]);
    off();
    electron.ipcRenderer.emit('desk:event', {}, 'app/menu', { command: 'save-diagnostics' });
    expect(heard).toEqual([{ command: 'about' }]);
    expect(electron.ipcRenderer.listenerCount('desk:event')).toBe(0);
  });
});
