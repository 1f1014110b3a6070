import type { z } from 'zod';

/**
 * What one zod 4 schema node asks for, read from its definition (`_zod.def`), in the few shapes
 * the contract uses. The fuzzer's generator and the contract's limits test both walk these.
 */
export type SchemaNode =
  | { kind: 'object'; shape: Record<string, z.ZodType> }
  | { kind: 'string'; minLength: number; maxLength: number | null; format: string | null; patterns: RegExp[] }
  | { kind: 'number'; min: number; max: number; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'literal'; values: unknown[] }
  | { kind: 'array'; element: z.ZodType; minLength: number; maxLength: number | null }
  | { kind: 'optional' | 'nullable' | 'default' | 'wrapper'; inner: z.ZodType }
  | { kind: 'union'; options: z.ZodType[] }
  | { kind: 'record'; key: z.ZodType; value: z.ZodType }
  | { kind: 'other'; type: string };

type CheckDef = {
  check: string;
  maximum?: number;
  minimum?: number;
  length?: number;
  value?: number | bigint;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
};
type Def = {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function lengthBounds(checks: CheckDef[]): { minLength: number; maxLength: number | null } {
  let minLength = 0;
  let maxLength: number | null = null;
  for (const check of checks) {
    if (check.check === 'min_length') minLength = Math.max(minLength, check.minimum ?? 0);
    if (check.check === 'max_length') maxLength = Math.min(maxLength ?? Infinity, check.maximum ?? Infinity);
    if (check.check === 'length_equals') [minLength, maxLength] = [check.length ?? 0, check.length ?? 0];
  }
  return { minLength, maxLength };
}

function numberBounds(checks: CheckDef[]): { min: number; max: number; integer: boolean } {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let integer = false;
  for (const check of checks) {
    const value = Number(check.value);
    // An exclusive bound on an integer is one step inside; on a float, a hair inside is enough.
    if (check.check === 'greater_than') min = Math.max(min, check.inclusive ? value : value + 1e-6);
    if (check.check === 'less_than') max = Math.min(max, check.inclusive ? value : value - 1e-6);
    if (check.check === 'number_format') integer = check.format === 'safeint' || check.format === 'int32' || check.format === 'uint32';
  }
  if (integer) [min, max] = [Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER), Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER)];
  return { min, max, integer };
}

export function describe(schema: z.ZodType): SchemaNode {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'object':
      return { kind: 'object', shape: def.shape ?? {} };
    case 'string': {
      const formats = checks.filter((c) => c.check === 'string_format');
      const patterns = [def.pattern, ...formats.map((c) => c.pattern)].filter((p): p is RegExp => p instanceof RegExp);
      return { kind: 'string', ...lengthBounds(checks), format: def.format ?? formats[0]?.format ?? null, patterns };
    }
    case 'number':
      return { kind: 'number', ...numberBounds(checks) };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', values: Object.values(def.entries ?? {}) };
    case 'literal':
      return { kind: 'literal', values: def.values ?? [] };
    case 'array':
      return { kind: 'array', element: def.element!, ...lengthBounds(checks) };
    case 'optional':
    case 'nullable':
    case 'default':
      return { kind: def.type, inner: def.innerType! };
    case 'readonly':
    case 'nonoptional':
    case 'prefault':
    case 'catch':
      return { kind: 'wrapper', inner: def.innerType! };
    case 'pipe':
      return { kind: 'wrapper', inner: def.in! };
    case 'union':
      return { kind: 'union', options: def.options ?? [] };
    case 'record':
      return { kind: 'record', key: def.keyType!, value: def.valueType! };
    default:
      return { kind: 'other', type: def.type };
  }
}

/** The schemas directly inside a node, each with the path step that reaches it. */
export function childrenOf(node: SchemaNode): { step: string; schema: z.ZodType }[] {
  switch (node.kind) {
    case 'object':
      return Object.entries(node.shape).map(([step, schema]) => ({ step, schema }));
    case 'array':
      return [{ step: '[]', schema: node.element }];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'wrapper':
      return [{ step: '', schema: node.inner }];
    case 'union':
      return node.options.map((schema, i) => ({ step: `|${i}`, schema }));
    case 'record':
      return [
        { step: '{key}', schema: node.key },
        { step: '{value}', schema: node.value },
      ];
    default:
      return [];
  }
}
