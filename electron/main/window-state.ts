import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserWindow, screen } from 'electron';

import { writeFileDurably } from '../store/durable-file';
import { DEFAULT_SIZE, fitOnDisplays, type Rect } from './window-bounds';

export type WindowState = { bounds: Rect | null; maximized: boolean };

const isRect = (value: unknown): value is Rect =>
  typeof value === 'object' && value !== null && ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((value as Record<string, unknown>)[k]));

/** The saved bounds moved back onto a connected display (a monitor may have gone); none saved: centred by the system. */
export async function loadWindowState(dataDir: string): Promise<WindowState> {
  try {
    const saved = JSON.parse(await readFile(join(dataDir, 'window-state.json'), 'utf8')) as { bounds?: unknown; maximized?: unknown };
    if (!isRect(saved.bounds)) return { bounds: null, maximized: false };
    const bounds = fitOnDisplays(
      saved.bounds,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    return { bounds, maximized: saved.maximized === true };
  } catch {
    return { bounds: null, maximized: false };
  }
}

export const windowSize = (state: WindowState): Partial<Rect> => state.bounds ?? DEFAULT_SIZE;

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
