import { join } from 'node:path';
import log from 'electron-log/node';

import type { Logger } from '../ipc/services';

/** A log file rotates to main.old.log past this size, so the logs folder stays under 2 MiB. */
export const LOG_FILE_MAX_BYTES = 1024 * 1024;

export type FileLog = Logger & { file: string; catchUncaught: () => void };

/**
 * main's log: electron-log's file transport writing `<logsDir>/main.log`, rotated at
 * LOG_FILE_MAX_BYTES (the previous file is kept as main.old.log). Synchronous appends, so the
 * line about a crash is on disk before the process goes.
 */
export function createFileLog(logsDir: string, maxBytes = LOG_FILE_MAX_BYTES): FileLog {
  const file = join(logsDir, 'main.log');
  const logger = log.create({ logId: `desk:${file}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = maxBytes;
  // The file is the record; the console shows problems (everything while developing, nothing in test runs).
  const mode = process.env.NODE_ENV;
  logger.transports.console.level = mode === 'development' ? 'silly' : mode === 'test' ? false : 'warn';
  return {
    file,
    info: (message, details) => (details === undefined ? logger.info(message) : logger.info(message, details)),
    error: (message, cause) => (cause === undefined ? logger.error(message) : logger.error(message, cause)),
    // An exception nothing caught in main still reaches the file a user can send.
    catchUncaught: () => logger.errorHandler.startCatching({ showDialog: false }),
  };
}
