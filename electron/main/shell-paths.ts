import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type ShellPaths = {
  /** Electron's userData: the single-instance lock, window state's default home, logs. */
  userData: string | null;
  dataDir: string;
  logsDir: string;
  rendererUrl: string;
  preload: string;
};

type PathSource = {
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  /** out/main, where the bundled main runs from. */
  mainDir: string;
  userDataDefault: string;
};

/**
 * Where the shell reads and writes. PSD_USER_DATA_DIR moves all of Electron's own files (the
 * smoke tests give each launch a fresh one); PSD_DATA_DIR moves only the data (another drive).
 * ELECTRON_RENDERER_URL (electron-vite's dev server) is honoured only in development: a packaged
 * app always loads its own files, whatever the environment says.
 */
export function shellPaths({ env, isPackaged, mainDir, userDataDefault }: PathSource): ShellPaths {
  const userData = env.PSD_USER_DATA_DIR || null;
  const home = userData ?? userDataDefault;
  const devServer = !isPackaged && env.ELECTRON_RENDERER_URL ? env.ELECTRON_RENDERER_URL : null;
  return {
    userData,
    dataDir: env.PSD_DATA_DIR || join(home, 'data'),
    logsDir: join(home, 'logs'),
    rendererUrl: devServer ?? pathToFileURL(join(mainDir, '../renderer/index.html')).href,
    preload: join(mainDir, '../preload/index.cjs'),
  };
}
