import { checkEntry, type CheckState } from './file-check';
import type { Listing } from './folder-listing';

/** One entry of the data folder as inventory.json lists it: its name and state, never its content. */
export type InventoryEntry = {
  /** Relative to the data folder, with forward slashes. */
  path: string;
  size: number;
  /** ISO time, or null when the entry vanished or could not be read. */
  modified: string | null;
  check: CheckState;
  /** Why, where the state alone does not say (an error code, "a symbolic link: not followed" …). */
  note?: string;
};

export type Inventory = {
  dataDir: string;
  listedAt: string;
  /** False when a cap stopped the listing (see caps.ts). */
  complete: boolean;
  totals: { files: number; bytes: number };
  files: InventoryEntry[];
};

/**
 * The inventory of a listed data folder. File names carry no partner data (days, years, months,
 * stamps), so they go in; contents are only read to check them, never copied here.
 */
export async function inventoryOf(dataDir: string, listing: Listing, now: Date): Promise<Inventory> {
  const files: InventoryEntry[] = [];
  for (const entry of listing.entries) {
    const { check, note } = await checkEntry(dataDir, entry);
    files.push({ path: entry.path, size: entry.size, modified: entry.modified?.toISOString() ?? null, check, ...(note ? { note } : {}) });
  }
  return {
    dataDir,
    listedAt: now.toISOString(),
    complete: listing.complete,
    totals: { files: files.length, bytes: files.reduce((sum, f) => sum + f.size, 0) },
    files,
  };
}

/** inventory.txt: the same, to read without tools. */
export function inventoryText(inventory: Inventory): string {
  // reduce, not Math.max(...): a spread of 200,000 arguments overflows the stack.
  const width = inventory.files.reduce((w, f) => Math.max(w, f.path.length), 4);
  const sizeWidth = inventory.files.reduce((w, f) => Math.max(w, f.size.toLocaleString('en-US').length), 4);
  const row = (path: string, size: string, modified: string, check: string) =>
    `${path.padEnd(width)}  ${size.padStart(sizeWidth)}  ${modified.padEnd(24)}  ${check}`.trimEnd();
  return [
    'Partner Support Desk: data folder inventory',
    `Folder: ${inventory.dataDir}`,
    `Listed: ${inventory.listedAt}`,
    `Files: ${inventory.totals.files.toLocaleString('en-US')}, ${inventory.totals.bytes.toLocaleString('en-US')} bytes${inventory.complete ? '' : ' (listing stopped at a cap: not every file is here)'}`,
    '',
    row('path', 'size', 'modified', 'check'),
    ...inventory.files.map((f) => row(f.path, f.size.toLocaleString('en-US'), f.modified ?? '-', f.note ? `${f.check} (${f.note})` : f.check)),
    '',
  ].join('\n');
}
