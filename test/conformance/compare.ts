// case-format.md: every key in `expect` must be present and equal; instants compared as UTC ISO
// without milliseconds; `warnings` compared as a set.
import { isIsoInstant, normalizeInstant } from '@core';

import type { CaseOutput, JsonObject } from './case-types';

function normalize(value: unknown): unknown {
  if (typeof value === 'string' && value.includes('T') && isIsoInstant(value)) return normalizeInstant(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k) => k in rb && deepEqual(ra[k], rb[k]));
  }
  return false;
}

function sameSet(expected: unknown, got: unknown): boolean {
  if (!Array.isArray(expected) || !Array.isArray(got)) return false;
  const e = new Set(expected.map((x) => JSON.stringify(x)));
  const g = new Set(got.map((x) => JSON.stringify(x)));
  return e.size === g.size && [...e].every((x) => g.has(x));
}

/** The keys of `expect` that `got` does not match (empty = the case passes). */
export function mismatches(expect: JsonObject, got: CaseOutput): string[] {
  return Object.keys(expect).filter((key) => {
    if (!(key in got)) return true;
    if (key === 'warnings') return !sameSet(expect[key], got[key] ?? []);
    return !deepEqual(normalize(expect[key]), normalize(got[key]));
  });
}

/** The part of `got` worth printing next to `expect`: the keys it names, plus an error if any. */
export function relevant(expect: JsonObject, got: CaseOutput): CaseOutput {
  const keys = new Set([...Object.keys(expect), ...('error' in got ? ['error'] : ['ok'])]);
  return Object.fromEntries(Object.entries(got).filter(([k]) => keys.has(k)));
}
