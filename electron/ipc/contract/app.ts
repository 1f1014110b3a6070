import { z } from 'zod';
import { channel } from './channel';

/** A damaged data file, found at start-up or when first read, and what the store did about it (told to the user). */
export type DataNotice = {
  kind: 'damaged-file';
  file: string;
  reason: string;
  movedTo: string;
  restoredFrom: string | null;
};

export type AppStatus = {
  dataDir: string;
  version: string;
  /** Problems found with the data files since start-up, for the user to read. */
  notices: DataNotice[];
};

export const appChannels = {
  'app/status': channel<AppStatus>()(z.object({})),
  'app/open-external': channel<null>()(z.object({ url: z.url({ protocol: /^https?$/ }) })),
  'app/copy-text': channel<null>()(z.object({ text: z.string().min(1).max(100_000) })),
  /** A desktop notification (C2 alerts), worded by the page in the user's language. */
  'app/notify': channel<null>()(z.object({ title: z.string().trim().min(1).max(200), body: z.string().trim().max(1000) })),
  /** Saves the page as printed (print stylesheet) to a PDF; answers the path, or null if cancelled. */
  'app/save-pdf': channel<{ path: string | null }>()(z.object({ suggestedName: z.string().trim().min(1).max(120).regex(/^[^/\\:*?"<>|]+$/) })),
};
