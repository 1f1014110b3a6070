/** What handlers need from the platform. main passes Electron's; tests pass their own. */
export type Logger = {
  info: (message: string, details?: unknown) => void;
  error: (message: string, cause?: unknown) => void;
};

export type PlatformServices = {
  now: () => Date;
  newId: () => string;
  appVersion: string;
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
   * Writes a text file where the user chooses (a save dialog suggesting `suggestedName`).
   * Answers the saved path, or null when the user cancelled.
   */
  saveFile: (suggestedName: string, content: string, filters: readonly { name: string; extensions: string[] }[]) => Promise<string | null>;
};
