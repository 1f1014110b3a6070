import type { DomainWarning, Result } from '@core';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** case-format.md: one worked example of a rule. */
export type ConformanceCase = { readonly id: string; readonly rule: string; readonly given: JsonObject; readonly expect: JsonObject };

/** What an adapter hands the comparison: `{ ok: true, ...fields, warnings }` or `{ error }`. */
export type CaseOutput = Record<string, unknown>;

export type Adapter = (given: JsonObject) => CaseOutput;

export function fromResult<T>(result: Result<T>, fields: (value: T) => CaseOutput): CaseOutput {
  if (!result.ok) return { error: result.error.code };
  return { ok: true, ...fields(result.value), warnings: result.warnings.map((w: DomainWarning) => w.code) };
}
