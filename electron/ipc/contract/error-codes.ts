import { coreErrorCodes } from '@core/errors';

/**
 * The codes the shell refuses with besides core's (style.md §4): the page words each one, so
 * every code it can receive is listed here or in core's list, and nowhere else.
 */
export const shellErrorCodes = [
  // The dispatcher: a channel not in the contract, a record the request names that is not there,
  // a page that may not call, a failure nobody foresaw (logged under an id).
  'UNKNOWN_CHANNEL',
  'NOT_FOUND',
  'FORBIDDEN',
  'INTERNAL',
  // The disk refused a write, or a data file is of a newer version than this app.
  'DISK_FULL',
  'FOLDER_READ_ONLY',
  'NO_PERMISSION',
  'DATA_TOO_NEW',
  // Handlers: refusals about what is stored rather than about a domain rule.
  'DUPLICATE_NAME',
  'BOOKING_ACTION_NOT_ALLOWED',
  'CALENDAR_FILE_INVALID',
  'SAMPLE_NOT_EMPTY',
  'NO_SAMPLE',
  'SAMPLE_BUSY',
  // A case import: the file as a whole, then a row's values and whether it is stored already.
  'CSV_NO_HEADER',
  'CSV_MISSING_COLUMNS',
  'CSV_UNCLOSED_QUOTE',
  'UNKNOWN_PARTNER',
  'UNKNOWN_CASE_KIND',
  'UNKNOWN_CATEGORY',
  'UNKNOWN_SEVERITY',
  'UNREADABLE_TIME',
  'DUPLICATE_CASE',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_CASE_CONTENT',
  // A hand-over file: not one, damaged (its checksum does not match), written by a newer app, not
  // the file that was previewed, too large to write; a partner's name or a record's id already
  // another partner's here; a desk holding the sample, whose removal would take the partners too.
  'HANDOVER_NOT_A_FILE',
  'HANDOVER_DAMAGED',
  'HANDOVER_TOO_NEW',
  'HANDOVER_CHANGED',
  'HANDOVER_TOO_LARGE',
  'HANDOVER_NAME_TAKEN',
  'HANDOVER_ID_TAKEN',
  'HANDOVER_ON_SAMPLE',
  // Team sync: asked of a desk with sync off (handing a partner over), or the whole team's reports
  // asked of a desk that is not the team lead's.
  'SYNC_OFF',
  'NOT_TEAM_LEAD',
  // The page's own, when the preload did not give it the bridge: the shell missing, as the page sees it.
  'NO_BRIDGE',
] as const;

/** Every code an envelope's error can carry: core's refusals and the shell's. */
export const errorCodes = [...coreErrorCodes, ...shellErrorCodes] as const;

export type ErrorCode = (typeof errorCodes)[number];
