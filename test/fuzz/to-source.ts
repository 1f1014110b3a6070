/**
 * A request written as a JavaScript expression that rebuilds it exactly (JSON loses undefined,
 * NaN, -0, holes and an own "__proto__" key), short enough to read: a megabyte string is
 * written as a repeat, a chain of thousands of objects as a loop.
 */
export function toSource(value: unknown, depth = 0): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return stringSource(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const chain = chainDepth(value);
  if (chain > 50) return `nested(${chain}, ${Array.isArray(value)}) /* ${chain} levels of ${Array.isArray(value) ? '[…]' : '{ a: … }'} around "bottom" */`;
  if (depth > 40) return '/* deeper */ null';
  if (value instanceof Date) return `new Date(${Number.isNaN(value.getTime()) ? 'NaN' : JSON.stringify(value.toISOString())})`;
  if (value instanceof RegExp) return String(value);
  if (value instanceof Map) return `new Map(${toSource([...value.entries()], depth + 1)})`;
  if (value instanceof Set) return `new Set(${toSource([...value.values()], depth + 1)})`;
  if (ArrayBuffer.isView(value)) return `new ${value.constructor.name}(${value.byteLength})`;
  if (Array.isArray(value)) {
    if (value.length > 50) return `Array.from({ length: ${value.length} }, (_, i) => i)`;
    // Holes stay holes: `[1, , 3]`; keys that are not indexes (structured clone keeps them) are assigned.
    const items = `[${Array.from({ length: value.length }, (_, i) => (i in value ? toSource(value[i], depth + 1) : '')).join(', ')}${value.length > 0 && !(value.length - 1 in value) ? ',' : ''}]`;
    const extra = Object.keys(value).filter((key) => !/^\d+$/.test(key));
    return extra.length === 0
      ? items
      : `Object.assign(${items}, { ${extra.map((key) => `${JSON.stringify(key)}: ${toSource((value as unknown as Record<string, unknown>)[key], depth + 1)}`).join(', ')} })`;
  }
  const keys = Object.keys(value);
  if (keys.length > 50) {
    const numbered = keys.every((key, i) => key === `key${i}` && (value as Record<string, unknown>)[key] === i);
    if (numbered) return `Object.fromEntries(Array.from({ length: ${keys.length} }, (_, i) => [\`key\${i}\`, i]))`;
    return `/* an object of ${keys.length} keys, the first: */ ${toSource(Object.fromEntries(keys.slice(0, 5).map((key) => [key, (value as Record<string, unknown>)[key]])), depth + 1)}`;
  }
  const prototype = Object.getPrototypeOf(value);
  const body = Object.entries(value)
    .map(([key, item]) => `${key === '__proto__' ? '["__proto__"]' : JSON.stringify(key)}: ${toSource(item, depth + 1)}`)
    .join(', ');
  if (prototype === null) return `Object.assign(Object.create(null), { ${body} })`;
  if (prototype !== Object.prototype) return `{ __proto__: ${toSource(prototype, depth + 1)}, ${body} }`;
  return `{ ${body} }`;
}

function stringSource(text: string): string {
  if (text.length <= 200) return JSON.stringify(text);
  // The longest run of one character, written as a repeat: "2026-…" + "1".repeat(1048576) + "Z".
  let best = { start: 0, length: 0 };
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    while (j < text.length && text[j] === text[i]) j += 1;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  if (best.length < 100) return `${JSON.stringify(text.slice(0, 200))} /* … ${text.length} characters */`;
  const parts = [text.slice(0, best.start), text.slice(best.start + best.length)].map((part) =>
    part.length > 200 ? `${JSON.stringify(part.slice(0, 200))} /* … */` : JSON.stringify(part),
  );
  return [parts[0] !== '""' ? parts[0] : null, `${JSON.stringify(text[best.start])}.repeat(${best.length})`, parts[1] !== '""' ? parts[1] : null]
    .filter(Boolean)
    .join(' + ');
}

function chainDepth(value: unknown): number {
  let depth = 0;
  let current = value;
  while (current !== null && typeof current === 'object') {
    const items = Object.values(current);
    if (items.length !== 1) break;
    depth += 1;
    current = items[0];
  }
  return depth;
}
