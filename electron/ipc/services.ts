import type { DeskEvents, RuntimeInfo } from './contract';

/** What handlers need from the platform. main passes Electron's; tests pass their own. */
export type Logger = {
  info: (message: string, details?: unknown) => void;
  error: (message: string, cause?: unknown) => void;
};

export type PlatformServices = {
  now: () => Date;
  newId: () => string;
  /** The app's version and the versions it runs on (About, diagnostics). */
  runtime: RuntimeInfo;
  /** Where the log files are (electron-log's rotating main.log). */
  logsDir: string;
  log: Logger;
  /** Opens an http(s) address in the system browser. */
  openExternal: (url: string) => Promise<void>;
  /** Puts plain text on the system clipboard. */
  copyText: (text: string) => Promise<void>;
  /** Shows a desktop notification. */
  notify: (title: string, body: string) => Promise<void>;
  /**
   * Prints the app's page (its print stylesheet) to a PDF the user saves where they choose.
   * Answers the saved path, or null when the user cancelled the save dialog.
   */
  savePagePdf: (suggestedName: string) => Promise<string | null>;
  /**
   * Writes a file (text as UTF-8, or bytes as they are) where the user chooses (a save dialog
   * suggesting `suggestedName`). Answers the saved path, or null when the user cancelled.
   */
  saveFile: (suggestedName: string, content: string | Uint8Array, filters: readonly { name: string; extensions: string[] }[]) => Promise<string | null>;
  /** Shows a folder (the data folder) in the system's file manager. */
  showFolder: (path: string) => Promise<void>;
  /** Quits and starts the app again, after the desk has closed. */
  restart: () => void;
  /** Pushes an event to the app's page (progress of a long export …); nothing when no page is open. */
  emit: <E extends keyof DeskEvents>(event: E, payload: DeskEvents[E]) => void;
};
