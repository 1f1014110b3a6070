import { z } from 'zod';
import { partnerRecord } from '../ipc/contract/partners';
import { settingsRecord } from '../ipc/contract/settings';
import type { DataFileSpec } from './data-file';
import type { Migration } from './migrations';

/**
 * The main data file (desk.json): what stays small (settings, partners, later subscriptions
 * and price book). What grows without bound lives in partitioned collections beside it.
 */
export const DESK_SCHEMA_VERSION = 1;

const deskData = z.object({
  schemaVersion: z.literal(DESK_SCHEMA_VERSION),
  settings: settingsRecord,
  partners: z.array(partnerRecord),
});

export type DeskData = z.infer<typeof deskData>;

const migrations: Migration[] = [];

export const deskFile: DataFileSpec<DeskData> = {
  schemaVersion: DESK_SCHEMA_VERSION,
  schema: deskData,
  empty: () => ({ schemaVersion: DESK_SCHEMA_VERSION, settings: { language: null }, partners: [] }),
  migrations,
};

/** Growing collections, partitioned by Beijing month (filled in by the cases feature). */
export type DeskCollections = Record<string, { id: string }>;
