import { aboutJson, archiveFileName, type DiagnosticsAbout } from './about';
import { copyInto, dataCopies, logCopies } from './copies';
import { readAsFile } from './file-check';
import { listFolder } from './folder-listing';
import { inventoryOf, inventoryText } from './inventory';
import { listLogs } from './log-files';
import { zipWriter } from './zip-writer';

export type { DiagnosticsAbout } from './about';
export type { CheckState } from './file-check';
export type { Inventory, InventoryEntry } from './inventory';

export type DiagnosticsOptions = {
  dataDir: string;
  logsDir: string;
  about: DiagnosticsAbout;
  /** Partner data (desk.json, cases/, bookings/) goes in only when the user asked for it. */
  includeData: boolean;
  now: Date;
};

/** For the page to say what was saved: entries in the archive, its size in bytes, log files in it. */
export type DiagnosticsSummary = { files: number; bytes: number; includedData: boolean; logFiles: number };

export type DiagnosticsArchive = { bytes: Uint8Array; fileName: string; summary: DiagnosticsSummary };

const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
const text = (value: string) => new TextEncoder().encode(value);

/**
 * One zip a user can send when something goes wrong on their laptop: about.json,
 * the logs, an inventory of the data folder with each file's check, and the data itself only
 * when `includeData`. Bounded by the caps in caps.ts; an unreadable file is noted, never thrown.
 */
export async function buildDiagnostics(options: DiagnosticsOptions): Promise<DiagnosticsArchive> {
  const { dataDir, now, includeData } = options;
  const listing = await listFolder(dataDir, readAsFile);
  const inventory = await inventoryOf(dataDir, listing, now);
  const logs = await listLogs(options.logsDir);
  const zip = zipWriter(now);
  const copies = [...logCopies(logs.files), ...(includeData ? dataCopies(dataDir, listing) : [])];
  const copied = await copyInto(zip, copies);
  await zip.add('inventory.json', json(inventory), now);
  await zip.add('inventory.txt', text(inventoryText(inventory)), now);
  const leftOut = [...logs.skipped.map((s) => ({ entry: `logs/${s.name}`, reason: s.reason })), ...copied.leftOut];
  const about = aboutJson({
    about: options.about,
    now,
    dataDir,
    logsDir: options.logsDir,
    includedData: includeData,
    logs: { found: logs.found, files: copied.logs },
    leftOut,
  });
  await zip.add('about.json', json(about), now);
  const bytes = zip.finish();
  return { bytes, fileName: archiveFileName(now), summary: { files: zip.count, bytes: bytes.length, includedData: includeData, logFiles: copied.logs.length } };
}
