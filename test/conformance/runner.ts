// Runs every case of a folder through the core's public API (via the adapters).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { adapters } from './adapters';
import type { ConformanceCase, Json } from './case-types';
import { mismatches, relevant } from './compare';

export type RunReport = {
  readonly passed: number;
  readonly failed: number;
  /** Files that could not be read or parsed. */
  readonly fileErrors: number;
  /** One line per failing case or bad file. */
  readonly lines: readonly string[];
};

function isCase(value: Json): value is ConformanceCase & Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { id, rule, given, expect } = value;
  const isObject = (x: Json | undefined) => typeof x === 'object' && x !== null && !Array.isArray(x);
  return typeof id === 'string' && typeof rule === 'string' && isObject(given) && isObject(expect);
}

function runCase(c: ConformanceCase): string | null {
  const adapter = adapters[c.rule];
  if (!adapter) return `FAIL ${c.id}: unknown rule "${c.rule}"`;
  try {
    const got = adapter(c.given);
    if (mismatches(c.expect, got).length === 0) return null;
    return `FAIL ${c.id} (${c.rule}): expected ${JSON.stringify(c.expect)} got ${JSON.stringify(relevant(c.expect, got))}`;
  } catch (error) {
    return `FAIL ${c.id} (${c.rule}): expected ${JSON.stringify(c.expect)} got exception ${error instanceof Error ? error.message : String(error)}`;
  }
}

export function runFolder(folder: string): RunReport {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  let fileErrors = 0;
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (error) {
    return { passed, failed, fileErrors: 1, lines: [`ERROR ${folder}: cannot read folder (${error instanceof Error ? error.message : String(error)})`] };
  }
  for (const file of files) {
    let cases: Json;
    try {
      cases = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Json;
      if (!Array.isArray(cases)) throw new Error('a cases file must hold a JSON array');
    } catch (error) {
      fileErrors += 1;
      lines.push(`ERROR ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    cases.forEach((entry, i) => {
      const line = isCase(entry) ? runCase(entry) : `FAIL ${file}[${i}]: not a case ({ id, rule, given, expect })`;
      if (line === null) passed += 1;
      else {
        failed += 1;
        lines.push(line);
      }
    });
  }
  return { passed, failed, fileErrors, lines };
}
