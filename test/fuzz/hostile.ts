import type { Random } from '@main/seed/random';

const MB = 1024 * 1024;

/** Random.pick refuses to answer undefined; hostile lists hold it on purpose. */
const anyOf = <T>(random: Random, items: readonly T[]): T => items[random.int(0, items.length - 1)] as T;

/** A chain of `depth` objects (or arrays), built without recursion. */
export function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** An object with an own "__proto__" key, as JSON.parse makes one (an object literal would set the prototype). */
export function withOwnProto(base: Record<string, unknown>, value: unknown): Record<string, unknown> {
  const out = { ...base };
  Object.defineProperty(out, '__proto__', { value, enumerable: true, writable: true, configurable: true });
  return out;
}

// Built once: every call that sends a megabyte string sends the same one.
const HUGE = {
  ascii: 'x'.repeat(MB),
  digits: `2026-03-02T10:00:00.${'1'.repeat(MB)}Z`,
  unicode: '数'.repeat(MB / 2),
  spaces: ' '.repeat(MB),
};
const LONG_ARRAY = Array.from({ length: 100_000 }, (_, i) => i);
const WIDE_OBJECT = Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`key${i}`, i]));

/** Values that no field of the contract should take, and edge values of the types it does take. */
export function hostileValue(random: Random): unknown {
  switch (random.int(0, 9)) {
    case 0:
      return anyOf(random, [undefined, null, true, false, 0, '', [], {}]);
    case 1:
      return anyOf(random, [NaN, Infinity, -Infinity, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, -1, Number.MIN_VALUE]);
    case 2:
      return anyOf(random, Object.values(HUGE));
    case 3:
      return anyOf(random, [
        '9999-12-31',
        '0001-01-01',
        '0000-00-00',
        '9999-12',
        '0000-01',
        '2026-02-30',
        '2026-13',
        '2024-02-29',
        '2199-12-31',
        '2200-01-01',
        '1999-12',
      ]);
    case 4:
      return anyOf(random, [
        '9999-12-31T23:59:59Z',
        '0001-01-01T00:00:00Z',
        '2026-03-02T10:00:00+14:00',
        '+275760-09-13T00:00:00Z',
        '2026-03-02T24:00:00Z',
        '2026-03-02T10:00:00.123456789+08:00',
      ]);
    case 5:
      return anyOf(random, [
        '\u0000',
        '\u000b\u0085\u2028\u2029',
        '   ',
        '\ud800',
        '=1+1',
        'Acme;=1+1;',
        '<script>',
        '../../etc/passwd',
        'constructor',
        '__proto__',
        'null',
      ]);
    case 6:
      return anyOf(random, [
        { __proto__: { polluted: true } },
        withOwnProto({}, { polluted: true }),
        { constructor: { prototype: { polluted: true } } },
        Object.create(null) as object,
      ]);
    case 7:
      return nested(anyOf(random, [20, 200, 5_000, 50_000]), random.chance(0.5));
    case 8:
      // What Electron's structured clone can carry besides JSON.
      return anyOf(random, [BigInt(1), new Date(Number.NaN), new Date('2026-03-02'), new Map([['a', 1]]), new Set([1]), new Uint8Array(4), /x/]);
    default:
      return anyOf(random, [new Array(5), [undefined], LONG_ARRAY, WIDE_OBJECT, [[[]]], [{}]]);
  }
}

function jsonOf(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    // Too deep (a value an earlier change nested) or a BigInt: JSON cannot write it.
    return '{"not":"json"}';
  }
}

/** A plain value a request field could hold, changed into something a type check must refuse. */
function shifted(value: unknown, random: Random): unknown {
  if (typeof value === 'string')
    return anyOf(random, [value.length, [value], { value }, `${value}${value}`.repeat(64), value.toUpperCase(), ` ${value}\n`, value.slice(1)]);
  if (typeof value === 'number') return anyOf(random, [String(value), value + 0.5, -value - 1, value * 1e6, [value]]);
  if (typeof value === 'boolean') return anyOf(random, [String(value), Number(value), null]);
  if (Array.isArray(value)) return anyOf(random, [{ ...value }, value.length, [...value, ...value, ...value], [value], new Array(value.length + 3)]);
  if (value !== null && typeof value === 'object') return anyOf(random, [Object.values(value), Object.keys(value), jsonOf(value)]);
  return hostileValue(random);
}

type Slot = { parent: Record<string | number, unknown> | unknown[]; key: string | number };

function slotsOf(value: unknown, out: Slot[] = [], depth = 0): Slot[] {
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  // Only what JSON could carry is walked into: a typed array's items cannot be deleted, a Map has none.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  // The first few items of a long list are enough to change; walking 100,000 would be slow.
  for (const [key, item] of Object.entries(value).slice(0, 20)) {
    out.push({ parent: value as Record<string, unknown>, key: Array.isArray(value) ? Number(key) : key });
    slotsOf(item, out, depth + 1);
  }
  return out;
}

const EXTRA_KEYS = ['extra', 'constructor', 'toString', 'hasOwnProperty', 'then', 'prototype', 'valueOf', ''];

/** A private copy to change, or undefined when there is none (a value nested too deep to copy). */
function cloned(request: unknown): unknown {
  try {
    return structuredClone(request);
  } catch {
    return undefined;
  }
}

/**
 * One change to a request that passed the schema (a plain JSON-like value): a field set to a
 * hostile value or a wrongly typed one, removed or set to undefined, an extra or "__proto__"
 * key, an object given as an array. Answers the changed copy.
 */
export function mutate(request: unknown, random: Random): unknown {
  const copy = cloned(request) as Record<string, unknown> | undefined;
  // A request already changed into thousands of levels is hostile enough as it is.
  if (copy === undefined) return request;
  const slots = slotsOf(copy);
  const objects = [
    copy,
    ...slots.map((s) => (s.parent as Record<string, unknown>)[s.key]).filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v)),
  ] as Record<string, unknown>[];
  const strategy = random.int(0, 5);
  if (slots.length === 0 || strategy === 0) {
    const target = anyOf(random, objects);
    if (random.chance(0.3)) return withOwnProto(copy, random.chance(0.5) ? { polluted: true } : hostileValue(random));
    target[anyOf(random, EXTRA_KEYS)] = hostileValue(random);
    return copy;
  }
  const slot = anyOf(random, slots);
  const parent = slot.parent as Record<string | number, unknown>;
  if (strategy === 1) parent[slot.key] = undefined;
  else if (strategy === 2 && !Array.isArray(parent)) delete parent[slot.key];
  else if (strategy === 3) parent[slot.key] = shifted(parent[slot.key], random);
  else if (strategy === 4 && random.chance(0.5)) return Object.values(copy);
  else parent[slot.key] = hostileValue(random);
  return copy;
}

/** A whole request that is not an object a channel could take. */
export function hostileRequest(random: Random): unknown {
  return random.chance(0.3) ? anyOf(random, [null, undefined, 'request', 42, [], [{}], true]) : hostileValue(random);
}
