import { z } from 'zod';

import { channel, type PrefixedChannels } from './channel';

/** A damaged data file, found at start-up or when first read, and what the store did about it (told to the user). */
export type DataNotice = {
  /** A file that did not read or validate, or one that went missing while a backup had it. */
  kind: 'damaged-file' | 'missing-file';
  file: string;
  reason: string;
  /** Where the damaged file's bytes were kept (null for a missing file). */
  movedTo: string | null;
  restoredFrom: string | null;
};

export type AppStatus = {
  dataDir: string;
  version: string;
  /** Problems found with the data files since start-up, for the user to read. */
  notices: DataNotice[];
};

/** The versions the app runs on, for the About box and the diagnostics archive. */
export type RuntimeInfo = {
  version: string;
  electron: string | null;
  chromium: string | null;
  node: string;
  v8: string;
  /** "Linux 6.1.0 (x64)", "Windows 10.0.22631 (x64)" … */
  os: string;
};

export type AboutInfo = {
  runtime: RuntimeInfo;
  dataDir: string;
  logsDir: string;
  /** The years the holiday calendar in use covers (T2), and where the newest ones come from. */
  calendar: { from: number; to: number; source: string };
  licences: { name: string; version: string; licence: string }[];
};

export type DiagnosticsSaved = {
  /** Where the archive was saved, or null when the user cancelled the save dialog. */
  path: string | null;
  files: number;
  bytes: number;
  logFiles: number;
  includedData: boolean;
};

/** What the page tells main of an error of its own, so that it reaches the log a user can send. */
export const rendererErrorRequest = z.object({
  kind: z.enum(['error', 'unhandled-rejection', 'render']),
  message: z.string().max(2_000),
  stack: z.string().max(20_000).optional(),
  /** React's component stack, for an error caught by the error boundary. */
  componentStack: z.string().max(20_000).optional(),
  /** The view the page was on (no partner data: a view name, not a URL with ids). */
  view: z.string().max(60).optional(),
});

/** Commands of the native menu that the page carries out (Help → About, Save diagnostics…). */
export type MenuCommand = 'about' | 'save-diagnostics';

export const appChannels = {
  'app/status': channel<AppStatus>()(z.object({})),
  'app/open-external': channel<null>()(z.object({ url: z.url({ protocol: /^https?$/ }).max(2_000) })),
  'app/copy-text': channel<null>()(z.object({ text: z.string().min(1).max(100_000) })),
  /** A desktop notification (C2 alerts), worded by the page in the user's language. */
  'app/notify': channel<null>()(z.object({ title: z.string().trim().min(1).max(200), body: z.string().trim().max(1000) })),
  /** Saves the page as printed (print stylesheet) to a PDF; answers the path, or null if cancelled. */
  'app/save-pdf': channel<{ path: string | null }>()(
    z.object({
      suggestedName: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .regex(/^[^/\\:*?"<>|]+$/),
    }),
  ),
  'app/about': channel<AboutInfo>()(z.object({})),
  /** Opens the data folder in the system's file manager. */
  'app/show-data-folder': channel<null>()(z.object({})),
  /** One archive of logs, versions and an inventory of the data folder; partner data only if asked. */
  'app/save-diagnostics': channel<DiagnosticsSaved>()(z.object({ includeData: z.boolean() })),
  /** Logs an error of the page's own; answers the short id the page shows ("error 7F3A"). */
  'app/report-error': channel<{ errorId: string }>()(rendererErrorRequest),
  /** Quits and starts the app again (a new language reaches the native controls only at start). */
  'app/restart': channel<null>()(z.object({})),
} satisfies PrefixedChannels<'app'>;
