import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

import { shippedImports } from './licence-imports';
import type { LicenceEntry } from './licences';

/** Where the list is kept, relative to the project. */
export const LICENCES_FILE = 'electron/diagnostics/licences.json';

type Manifest = { name?: string; version?: string; license?: unknown; licenses?: unknown; dependencies?: Record<string, string> };

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

const typeOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof (value as { type?: unknown } | null)?.type === 'string' ? (value as { type: string }).type : null;

/** A package's licence: `license` (a string, or the legacy `{ type }`), or the legacy `licenses` array. */
export function licenceOf(manifest: Manifest): string {
  const single = typeOf(manifest.license);
  if (single) return single;
  const several = Array.isArray(manifest.licenses) ? manifest.licenses.map(typeOf).filter((t): t is string => t !== null) : [];
  if (several.length === 0) return 'UNKNOWN';
  return several.length === 1 ? (several[0] ?? 'UNKNOWN') : `(${several.join(' OR ')})`;
}

/**
 * The folder Node loads `name` from when required in `from`: its own node_modules, then each
 * parent's, up to the project's (never above it, so the list does not depend on the machine).
 */
function locate(root: string, name: string, from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (basename(dir) !== 'node_modules' && existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === root || dirname(dir) === dir) return null;
  }
}

/** The packages `names` and, through their `dependencies`, every package they load, with their licences. */
export function licencesOf(root: string, names: readonly string[]): LicenceEntry[] {
  const found = new Map<string, LicenceEntry>();
  const seen = new Set<string>();
  const pending = names.map((name) => ({ name, from: root, by: 'the app' }));
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const dir = locate(root, next.name, next.from);
    if (dir === null) throw new Error(`${next.name}, needed by ${next.by}, is not installed: run npm install.`);
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = readManifest(dir);
    const entry = { name: manifest.name ?? next.name, version: manifest.version ?? 'UNKNOWN', licence: licenceOf(manifest) };
    found.set(`${entry.name}@${entry.version}`, entry);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) pending.push({ name: dependency, from: dir, by: entry.name });
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version, 'en'));
}

/** The licence list of every package that ships inside the app, as licences-cli.ts writes it. */
export const generateLicences = (root: string): LicenceEntry[] => licencesOf(resolve(root), shippedImports(root));

export const licencesJson = (entries: readonly LicenceEntry[]): string => `${JSON.stringify(entries, null, 2)}\n`;
