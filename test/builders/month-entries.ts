import { z } from 'zod';

import type { CollectionSpec } from '@main/store/store-types';

/** A plain collection for store tests: entries kept one file per month, all in memory. */
export type MonthEntry = { id: string; month: string; text: string };

export const monthEntries: CollectionSpec<MonthEntry> = {
  name: 'entries',
  schemaVersion: 1,
  item: z.object({ id: z.string(), month: z.string(), text: z.string() }),
  migrations: [],
  partitionOf: (e) => e.month,
  revision: (e) => e.text,
};
