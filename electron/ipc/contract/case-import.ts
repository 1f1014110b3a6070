import { z } from 'zod';
import type { ErrorBody } from './channel';

// The shapes of the case import; its channels are declared with the other cases/ channels.

/** About 5 MB of text: a year of a busy partner's cases from the vendor console fits easily. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;

export const importRequest = z.object({ csv: z.string().max(MAX_IMPORT_CHARS) });

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
  /** Read values where the row could be read (ids, UTC instant), else the file's text. */
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
export type ImportPreview = { rows: ImportRow[]; counts: ImportCounts };
export type ImportResult = ImportPreview & { stored: number };
