import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { shellPaths } from './shell-paths';

const base = { isPackaged: false, mainDir: join('/opt', 'desk', 'out', 'main'), userDataDefault: join('/home', 'li', '.config', 'partner-support-desk') };

describe('shellPaths', () => {
  it('keeps data and logs under userData by default', () => {
    const paths = shellPaths({ ...base, env: {} });
    expect(paths).toMatchObject({ userData: null, dataDir: join(base.userDataDefault, 'data'), logsDir: join(base.userDataDefault, 'logs') });
    expect(paths.rendererUrl).toBe('file:///opt/desk/out/renderer/index.html');
    expect(paths.preload).toBe(join('/opt', 'desk', 'out', 'preload', 'index.cjs'));
  });

  it('moves everything with PSD_USER_DATA_DIR and only the data with PSD_DATA_DIR', () => {
    expect(shellPaths({ ...base, env: { PSD_USER_DATA_DIR: '/tmp/u' } })).toMatchObject({
      userData: '/tmp/u',
      dataDir: join('/tmp/u', 'data'),
      logsDir: join('/tmp/u', 'logs'),
    });
    expect(shellPaths({ ...base, env: { PSD_DATA_DIR: '/mnt/d/desk' } })).toMatchObject({
      userData: null,
      dataDir: '/mnt/d/desk',
      logsDir: join(base.userDataDefault, 'logs'),
    });
  });

  it('honours ELECTRON_RENDERER_URL only when the app is not packaged', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' };
    expect(shellPaths({ ...base, env }).rendererUrl).toBe('http://localhost:5173/');
    expect(shellPaths({ ...base, isPackaged: true, env }).rendererUrl).toBe('file:///opt/desk/out/renderer/index.html');
  });

  it('writes a file: URL that a browser reads back, spaces and non-ASCII included', () => {
    const url = shellPaths({ ...base, mainDir: '/Applications/Partner Support Desk.app/资源/out/main', env: {} }).rendererUrl;
    expect(url).toBe('file:///Applications/Partner%20Support%20Desk.app/%E8%B5%84%E6%BA%90/out/renderer/index.html');
  });
});
