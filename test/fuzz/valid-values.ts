import type { z } from 'zod';

import type { Random } from '@main/seed/random';

import { aDate, anInstant, fileText, idFor, inOrder, leanOf, patternValue, risingBands } from './domain-values';
import type { GenerateContext } from './generate-context';
import { describe } from './schema-node';

/** The longest string made: a file's text may be allowed megabytes, which only slows every run. */
const LONGEST = 64 * 1024;

/** A key the generator leaves out of its object (an optional or defaulted field not given). */
export const OMIT = Symbol('omit');

const WORDS = ['Lotus', 'cloud', '数据', 'Ünïcödé', 'retail', 'ops', '=SUM(A1)', 'a,b', '"quoted"', 'line\nbreak', '🙂', ' padded '];

function aString(node: Extract<ReturnType<typeof describe>, { kind: 'string' }>, key: string, ctx: GenerateContext): string {
  const { random } = ctx;
  const file = fileText(key, ctx);
  if (file !== null) return file;
  if (node.format === 'date') return aDate(random, leanOf(key, ctx.channel));
  if (node.format === 'datetime') return anInstant(random, leanOf(key, ctx.channel));
  if (node.format === 'email') return random.pick(['ops@example.com', 'li.wei@partner.cn', 'a@b.co']);
  if (node.format === 'url') return random.pick(['https://example.com/', 'http://docs.example.com/plan?x=1']);
  // A sync server nothing listens on: the engine's connection is refused at once, never reaches out.
  if (key === 'serverUrl') return 'ws://127.0.0.1:9';
  const patterned = patternValue(node.patterns, random);
  if (patterned !== null) return patterned;
  if (/(^|[a-z])(id|Id|replacing)$/.test(key) && node.minLength > 0) return idFor(key, ctx);
  const max = node.maxLength ?? 300;
  let text = '';
  // A string at its limit now and then; a file's text (megabytes allowed) at LONGEST.
  const wanted = random.chance(0.1) ? Math.min(max, LONGEST) : random.int(node.minLength, Math.min(max, 40));
  while (text.length < wanted) text += `${random.pick(WORDS)} `;
  text = text.slice(0, wanted);
  return text.trim().length >= node.minLength ? text : 'x'.repeat(Math.max(1, node.minLength));
}

function aNumber(node: Extract<ReturnType<typeof describe>, { kind: 'number' }>, random: Random): number {
  const low = Math.max(node.min, -1e9);
  const high = Math.min(node.max, 1e9);
  const edge = random.chance(0.15);
  const value = edge ? random.pick([node.min, node.max, low, high]) : low + random.next() * Math.min(high - low, random.chance(0.5) ? 100 : high - low);
  return node.integer ? Math.round(Math.min(Math.max(value, node.min), node.max)) : value;
}

/** Where a value cannot be left out (an array item, a record's value), an omitted one is null. */
const given = (value: unknown) => (value === OMIT ? null : value);

/** A value the schema is meant to accept (refinements across fields may still refuse it). */
export function validValue(schema: z.ZodType, ctx: GenerateContext, key = ''): unknown {
  const { random } = ctx;
  const node = describe(schema);
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [field, inner] of Object.entries(node.shape)) {
        const value = validValue(inner, ctx, field);
        if (value !== OMIT) out[field] = value;
      }
      return inOrder(out);
    }
    case 'string':
      return aString(node, key, ctx);
    case 'number':
      return aNumber(node, random);
    case 'boolean':
      return random.chance(0.5);
    case 'enum':
      return random.pick(node.values);
    case 'literal':
      return random.pick(node.values);
    case 'array': {
      const length = random.int(node.minLength, Math.min(node.maxLength ?? 4, node.minLength + 4));
      const items = Array.from({ length }, () => given(validValue(node.element, ctx, key === 'ids' ? 'id' : key)));
      return key === 'bands' ? risingBands(items) : items;
    }
    case 'optional':
      return random.chance(0.35) ? OMIT : validValue(node.inner, ctx, key);
    case 'default':
      return random.chance(0.3) ? OMIT : validValue(node.inner, ctx, key);
    case 'nullable':
      return random.chance(0.2) ? null : validValue(node.inner, ctx, key);
    case 'wrapper':
      return validValue(node.inner, ctx, key);
    case 'union':
      return validValue(random.pick(node.options), ctx, key);
    case 'record': {
      const out: Record<string, unknown> = {};
      for (let i = random.int(0, 3); i > 0; i -= 1) out[String(validValue(node.key, ctx, 'key'))] = given(validValue(node.value, ctx, key));
      return out;
    }
    default:
      return null;
  }
}

/** A request the channel's schema accepts, when a few tries find one (else the last try). */
export function validRequest(schema: z.ZodType, ctx: GenerateContext): unknown {
  let request: unknown = {};
  for (let attempt = 0; attempt < 4; attempt += 1) {
    request = validValue(schema, ctx);
    if (schema.safeParse(request).success) return request;
  }
  return request;
}
