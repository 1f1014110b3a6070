import type { ErrorBody } from './contract';

/** What the disk said, by errno code, as a refusal the page can word: what happened and what to do. */
const STORAGE_CODES: Record<string, ErrorBody['code']> = {
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EROFS: 'FOLDER_READ_ONLY',
  EACCES: 'NO_PERMISSION',
  EPERM: 'NO_PERMISSION',
};

function errnoOf(error: unknown): { code: string; path?: string } | null {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const { code, path } = current as { code?: unknown; path?: unknown };
    if (typeof code === 'string' && code in STORAGE_CODES) return { code, ...(typeof path === 'string' ? { path } : {}) };
  }
  return null;
}

/**
 * A write the disk refused (full, read-only, not allowed) is not a bug: it gets its own code and
 * a sentence telling the user to free space or choose another folder. The store's writes are
 * all-or-nothing, so nothing was changed, and the answer says so.
 */
export function storageErrorBody(error: unknown): ErrorBody | null {
  // A data file read on demand (an old day) that a newer version of the app wrote: refused, not a bug.
  if (error instanceof Error && error.name === 'DataTooNewError') {
    const { file, version } = error as Error & { file?: unknown; version?: unknown };
    return { code: 'DATA_TOO_NEW', message: error.message, data: { file: String(file), version: Number(version) } };
  }
  const errno = errnoOf(error);
  if (!errno) return null;
  const code = STORAGE_CODES[errno.code]!;
  return {
    code,
    message: `The disk refused the write (${errno.code}); nothing was changed.`,
    rule: errno.code,
    data: errno.path ? { path: errno.path } : {},
  };
}
