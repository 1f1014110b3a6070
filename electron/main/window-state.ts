import { screen, type BrowserWindow, type Rectangle } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-file';

export type WindowState = { bounds: Rectangle; maximized: boolean };

const DEFAULT: WindowState = { bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false };

/** The saved bounds, if they still fit on a connected display (a monitor may have gone). */
export async function loadWindowState(dataDir: string): Promise<WindowState> {
  try {
    const saved = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')) as WindowState;
    const visible = screen.getAllDisplays().some(({ workArea: a }) => {
      const b = saved.bounds;
      return b.x < a.x + a.width && b.x + b.width > a.x && b.y < a.y + a.height && b.y + b.height > a.y;
    });
    return visible && saved.bounds.width >= 640 && saved.bounds.height >= 480 ? saved : DEFAULT;
  } catch {
    return DEFAULT;
  }
}

/** Remembers size and position, written a moment after the user stops moving the window. */
export function trackWindowState(window: BrowserWindow, dataDir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFileDurably(join(dataDir, 'window-state.json'), JSON.stringify(state)).catch(() => undefined);
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
