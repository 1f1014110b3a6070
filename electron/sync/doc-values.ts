import * as A from '@automerge/automerge';

// Records go into documents as nested maps, field by field, so two desks that change different
// fields of one record both keep their change. Strings are scalars (ImmutableString: the last
// writer wins, and two concurrent writers are a conflict getConflicts shows); a `history` list
// only grows, so entries added on two desks are both kept; any other list is one value.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type AmMap = Record<string, unknown>;

/** A document value as plain JSON (ImmutableStrings and text as strings). */
export function plain(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return Array.from(value as unknown[], plain);
  if (A.isImmutableString(value)) return value.val;
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [key, field] of Object.entries(value)) out[key] = plain(field);
    return out;
  }
  return String(value) as Json;
}

/**
 * How strings are stored: records' as ImmutableString (a scalar, cheap); the indexes' as
 * Automerge's own strings, which every reader (the server's grants) sees as plain strings. A
 * string is always assigned whole, never spliced, so two desks' values conflict, never mix.
 */
export type Strings = 'immutable' | 'plain';

/** A plain value as a document stores it. */
function toDoc(value: unknown, strings: Strings): unknown {
  if (typeof value === 'string') return strings === 'immutable' ? new A.ImmutableString(value) : value;
  if (Array.isArray(value)) return value.map((v) => toDoc(v, strings));
  if (value !== null && typeof value === 'object') {
    const out: AmMap = {};
    for (const [key, field] of Object.entries(value)) if (field !== undefined) out[key] = toDoc(field, strings);
    return out;
  }
  return value;
}

/** JSON with keys sorted: a document's maps list their keys in their own order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : field,
  );
}

const same = (a: unknown, b: unknown) => canonical(plain(a)) === canonical(b);
const isMap = (value: unknown): value is AmMap => value !== null && typeof value === 'object' && !Array.isArray(value) && !A.isImmutableString(value);

/** Writes `value` at `target[key]` changing only what differs (inside a handle.change). Answers whether anything changed. */
export function writeValue(target: AmMap, key: string, value: unknown, strings: Strings = 'immutable'): boolean {
  const current = target[key];
  if (value === undefined) {
    if (current === undefined) return false;
    delete target[key];
    return true;
  }
  if (current !== undefined && same(current, value)) return false;
  if (isMap(current) && isMap(value)) {
    let changed = false;
    for (const field of Object.keys(current))
      if (!(field in value) || value[field] === undefined) changed = writeValue(current, field, undefined, strings) || changed;
    for (const [field, next] of Object.entries(value)) changed = writeValue(current, field, next, strings) || changed;
    return changed;
  }
  if (key === 'history' && Array.isArray(current) && Array.isArray(value)) {
    const old = plain(current) as Json[];
    if (old.length <= value.length && old.every((entry, i) => canonical(entry) === canonical(value[i]))) {
      (current as unknown[]).push(...value.slice(old.length).map((v) => toDoc(v, strings)));
      return true;
    }
  }
  target[key] = toDoc(value, strings);
  return true;
}
