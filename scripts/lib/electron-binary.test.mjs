import { describe, expect, it } from 'vitest';

import { binaryState, executableSubpath } from './electron-binary.mjs';

const installed = {
  expectedVersion: '45.5.0',
  installedVersion: 'v45.5.0\n',
  pathTxt: 'electron',
  platform: 'linux',
  executableExists: true,
  execPathOverride: null,
};

describe('binaryState', () => {
  it('is ready when dist/version, path.txt and the executable all match', () => {
    expect(binaryState(installed)).toBe('ready');
  });

  it('is missing after `npm install`, before anything downloaded it (no path.txt)', () => {
    expect(binaryState({ ...installed, installedVersion: null, pathTxt: null, executableExists: false })).toBe('missing');
  });

  it('is missing when the binary is another version than the package', () => {
    expect(binaryState({ ...installed, installedVersion: '44.0.0' })).toBe('missing');
  });

  it('is missing when path.txt names another platform or the executable is gone', () => {
    expect(binaryState({ ...installed, pathTxt: 'electron.exe' })).toBe('missing');
    expect(binaryState({ ...installed, executableExists: false })).toBe('missing');
  });

  it('is ready when ELECTRON_EXEC_PATH names a binary, which electron-vite then uses', () => {
    expect(binaryState({ ...installed, pathTxt: null, execPathOverride: '/opt/electron/electron' })).toBe('ready');
  });
});

describe('executableSubpath', () => {
  it('is what install.js writes into path.txt', () => {
    expect(executableSubpath('linux')).toBe('electron');
    expect(executableSubpath('win32')).toBe('electron.exe');
    expect(executableSubpath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
    expect(executableSubpath('aix')).toBeNull();
  });
});
