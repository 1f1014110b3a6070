import type { z } from 'zod';

import { childrenOf, describe } from './schema-node';

/** Every place under a schema where a string or an array has no upper bound on its length. */
export function unbounded(schema: z.ZodType, path: string, kinds: readonly ('string' | 'array')[], out: string[] = []): string[] {
  const node = describe(schema);
  if (node.kind === 'string' && kinds.includes('string') && node.maxLength === null) out.push(`${path || '(request)'}: string`);
  if (node.kind === 'array' && kinds.includes('array') && node.maxLength === null) out.push(`${path || '(request)'}: array`);
  for (const child of childrenOf(node))
    unbounded(child.schema, child.step && !child.step.startsWith('|') ? (path ? `${path}.${child.step}` : child.step) : path, kinds, out);
  return out;
}
