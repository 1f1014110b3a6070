import { describe, expect, it } from 'vitest';

import { DataTooNewError } from '../store/data-file';
import { storageErrorBody } from './storage-error';

describe('storageErrorBody', () => {
  it('names what the disk refused, by errno, also when wrapped', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: '/data/desk.json' });
    expect(storageErrorBody(full)).toMatchObject({ code: 'DISK_FULL', rule: 'ENOSPC', data: { path: '/data/desk.json' } });
    expect(storageErrorBody(new Error('write failed', { cause: Object.assign(new Error('x'), { code: 'EROFS' }) }))).toMatchObject({
      code: 'FOLDER_READ_ONLY',
    });
    expect(storageErrorBody(Object.assign(new Error('x'), { code: 'EACCES' }))).toMatchObject({ code: 'NO_PERMISSION' });
    expect(storageErrorBody(new TypeError('a bug'))).toBeNull();
  });

  it('refuses an old day a newer version wrote (read on demand) as DATA_TOO_NEW, not INTERNAL', () => {
    expect(storageErrorBody(new DataTooNewError('cases/2025-10-10.json', 9))).toMatchObject({
      code: 'DATA_TOO_NEW',
      data: { file: 'cases/2025-10-10.json', version: 9 },
    });
  });
});
