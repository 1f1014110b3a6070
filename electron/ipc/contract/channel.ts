import type { z } from 'zod';

import type { ErrorCode } from './error-codes';

/** One IPC channel: the schema its request must pass and (as a type only) what it answers. */
export type Channel<Req extends z.ZodType, Res> = { request: Req; result?: Res };

export const channel =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): Channel<Req, Res> => ({ request });

type AnyChannel = Channel<z.ZodType, unknown>;

/**
 * What the contract file of one prefix declares: its channels and no other prefix's, so that a
 * channel's name leads to its file (`satisfies PrefixedChannels<'cases'>` refuses 'quotas/…').
 */
export type PrefixedChannels<P extends string> = Record<`${P}/${string}`, AnyChannel>;

type Merged<Parts extends readonly object[]> = Parts extends readonly [infer First, ...infer Rest extends readonly object[]] ? First & Merged<Rest> : unknown;

/** Joins the prefixes' declarations into one contract; a channel declared in two of them fails at start. */
export function mergeChannels<Parts extends readonly Record<string, AnyChannel>[]>(...parts: Parts): Merged<Parts> {
  const merged: Record<string, AnyChannel> = {};
  for (const part of parts) {
    for (const [name, declared] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Channel ${name} is declared twice`);
      merged[name] = declared;
    }
  }
  return merged as Merged<Parts>;
}

/** What every invoke answers: the data, or an error with a stable code. */
export type ErrorBody = {
  code: ErrorCode;
  message: string;
  /** The request field at fault, as a dotted path ('contactEmail', 'levels.0.from'). */
  field?: string;
  /** The rule behind a refusal (domain rule id such as 'Q3', or the schema check that failed). */
  rule?: string;
  /** What a translated sentence needs (counts, dates, limits). */
  data?: Record<string, unknown>;
  /** For INTERNAL only: a short id ("7F3A") the page shows and the log holds with the cause. */
  errorId?: string;
};

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
