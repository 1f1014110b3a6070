import { z } from 'zod';

import type { ErrorBody } from './channel';

// The shapes of the case import; its channels are declared with the other cases/ channels.

/** About 5 MB of text: a year of a busy partner's cases from the vendor console fits easily. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

/** An IANA zone name the runtime knows (Europe/Berlin, Asia/Shanghai, UTC …). */
const timeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Not a time zone.');

/**
 * The file's text (decoded by the page, which names the encoding it used) and the zone its times
 * without an offset are in: Beijing time when not given (T1), or this computer's, as the user chose.
 */
export const importRequest = z.object({ csv: z.string().max(MAX_IMPORT_CHARS), timeZone: timeZone.optional() });
export type ImportRequest = z.infer<typeof importRequest>;

/**
 * `ok`: stored on confirm; `invalid`: the row is not a case this partner's plan can have (bad
 * value, unknown partner, P3 kind, P2 severity, duplicate); `refused`: the month's technical
 * case quota is used up (Q3), counting the file's earlier rows.
 */
export type ImportOutcome = 'ok' | 'invalid' | 'refused';

export type ImportRow = {
  /** The file line the row starts on (the header is line 1). */
  line: number;
  /** The partner's name as stored, or as the file wrote it when no partner matches. */
  partnerName: string;
  customer: string;
  /** Read values where the row could be read (ids, UTC instant), else the file's text as written. */
  kind: string;
  category: string;
  severity: string;
  openedAt: string;
  vendorRef: string;
  outcome: ImportOutcome;
  error?: ErrorBody;
  /** The stored case, after `cases/import`. */
  caseId?: string;
};

export type ImportCounts = { total: number; ok: number; invalid: number; refused: number };

/**
 * Pushed while a preview or an import works: `reading` the file (characters), `checking` its
 * rows, `storing` the accepted ones (cases). A phase's last push has `done === total`.
 */
export type ImportProgress = { phase: 'reading' | 'checking' | 'storing'; done: number; total: number };
/** `timeZone`: the zone the file's times without an offset were read in (IANA name). */
export type ImportPreview = { rows: ImportRow[]; counts: ImportCounts; timeZone: string };
export type ImportResult = ImportPreview & { stored: number };
