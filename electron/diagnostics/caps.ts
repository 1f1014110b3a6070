/**
 * Bounds on a diagnostics archive, so that saving one never exhausts a laptop's memory and the
 * result stays small enough to send. What a cap leaves out is named in about.json, never dropped
 * silently.
 */
const MiB = 1024 * 1024;

/** Each log file's last 5 MiB: the newest lines are the ones that tell what just went wrong. */
export const LOG_FILE_CAP = 5 * MiB;

/**
 * A data file larger than this is left out whole (a cut JSON file would only look damaged). A
 * day of cases is at most a few MiB and desk.json a few MiB, so only a stray file reaches it.
 */
export const DATA_FILE_CAP = 64 * MiB;

/** A file larger than this is listed but not read for its check (same reasoning as DATA_FILE_CAP). */
export const CHECK_FILE_CAP = 64 * MiB;

/** Log and data bytes copied into one archive, before compression; what comes after is left out. */
export const ARCHIVE_CONTENT_CAP = 200 * MiB;

/** Entries listed in the inventory; a large portfolio with ten daily backups has ~40,000. */
export const LISTED_FILES_CAP = 200_000;

/** Folder depth walked: the app's deepest file is backups/<day>/cases/<day>.json. */
export const FOLDER_DEPTH_CAP = 12;

export const CAPS = {
  logFileBytes: LOG_FILE_CAP,
  dataFileBytes: DATA_FILE_CAP,
  checkFileBytes: CHECK_FILE_CAP,
  archiveContentBytes: ARCHIVE_CONTENT_CAP,
  listedFiles: LISTED_FILES_CAP,
  folderDepth: FOLDER_DEPTH_CAP,
} as const;
