import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { startShell } from '@main/main/shell';

/**
 * Starts the shell against the `electron` stand-in with its own user-data and data folders
 * under `root`, as the smoke tests start the real app. `setup` may seed the folders first.
 */
export async function startTestShell(root: string, options: { env?: Record<string, string>; deskJson?: unknown; windowState?: unknown } = {}) {
  const userData = join(root, 'user-data');
  const dataDir = join(userData, 'data');
  await mkdir(dataDir, { recursive: true });
  if (options.deskJson !== undefined) await writeFile(join(dataDir, 'desk.json'), JSON.stringify(options.deskJson));
  if (options.windowState !== undefined) await writeFile(join(dataDir, 'window-state.json'), JSON.stringify(options.windowState));
  const mainDir = join(root, 'app', 'out', 'main');
  const started = startShell({ env: { PSD_USER_DATA_DIR: userData, ...options.env }, mainDir });
  return { started, userData, dataDir, logFile: join(userData, 'logs', 'main.log'), mainDir };
}
