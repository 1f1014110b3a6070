// Whether Electron's own binary is in node_modules/electron/dist, decided the way its install.js
// decides (dist/version, path.txt, the executable) so the two never disagree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The executable's path inside dist/, which install.js writes into path.txt. */
export function executableSubpath(platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    case 'linux':
    case 'freebsd':
    case 'openbsd':
      return 'electron';
    default:
      return null;
  }
}

/**
 * 'ready' when the binary for `expectedVersion` is installed (or ELECTRON_EXEC_PATH names one,
 * which electron-vite then uses), 'missing' otherwise.
 */
export function binaryState({ expectedVersion, installedVersion, pathTxt, platform, executableExists, execPathOverride }) {
  if (execPathOverride) return 'ready';
  const subpath = executableSubpath(platform);
  const installed = subpath !== null && installedVersion?.trim().replace(/^v/, '') === expectedVersion && pathTxt === subpath && executableExists;
  return installed ? 'ready' : 'missing';
}

function readOrNull(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The facts binaryState needs, read from an installed `electron` package folder. */
export function readBinaryFacts(electronDir, env = process.env, platform = process.platform) {
  const pathTxt = readOrNull(join(electronDir, 'path.txt'));
  // install.js takes ELECTRON_OVERRIDE_DIST_PATH as the executable itself.
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH || (pathTxt === null ? null : join(electronDir, 'dist', pathTxt));
  return {
    expectedVersion: JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version,
    installedVersion: readOrNull(join(electronDir, 'dist', 'version')),
    pathTxt,
    platform,
    executableExists: executable !== null && existsSync(executable),
    execPathOverride: env.ELECTRON_EXEC_PATH || null,
  };
}
