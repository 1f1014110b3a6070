import type { z } from 'zod';

import type { ChannelName, Envelope, ErrorBody, ParsedRequestOf, ResultOf } from './contract';
import { newErrorId } from './error-id';
import { Refusal } from './refusal';
import type { Logger } from './services';
import { storageErrorBody } from './storage-error';

export type Handler<C extends ChannelName, Ctx> = (request: ParsedRequestOf<C>, ctx: Ctx) => Promise<ResultOf<C>> | ResultOf<C>;
export type HandlerMap<C extends ChannelName, Ctx> = { [K in C]: Handler<K, Ctx> };

type AnyHandler<Ctx> = (request: unknown, ctx: Ctx) => unknown;

/** Joins each feature's handler map into one, refusing a channel registered twice. */
export function registerHandlers<Ctx>(...maps: Partial<Record<ChannelName, unknown>>[]): Map<string, AnyHandler<Ctx>> {
  const registry = new Map<string, AnyHandler<Ctx>>();
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (registry.has(name)) throw new Error(`IPC channel ${name} is registered twice.`);
      registry.set(name, handler as AnyHandler<Ctx>);
    }
  }
  return registry;
}

function invalidInput(error: z.ZodError): ErrorBody {
  const issue = error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  return {
    code: 'INVALID_INPUT',
    message: field ? `${field}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'The request is not valid.'),
    ...(field ? { field } : {}),
    // A custom check names its reason (params.reason) so the page can word it precisely.
    rule: (issue?.code === 'custom' && typeof issue.params?.reason === 'string' ? issue.params.reason : issue?.code) ?? 'invalid',
    data: {
      ...(issue && 'minimum' in issue ? { minimum: Number(issue.minimum) } : {}),
      ...(issue && 'maximum' in issue ? { maximum: Number(issue.maximum) } : {}),
      ...(issue && 'origin' in issue ? { origin: String(issue.origin) } : {}),
      // Enough to fix a request by; a record of a million bad keys is not listed key by key.
      issues: error.issues.slice(0, MAX_LISTED_ISSUES).map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message })),
      issueCount: error.issues.length,
    },
  };
}

/**
 * No request of the contract nests deeper than a handful of levels (a price book's bands are the
 * deepest, at five), nor holds more than a few thousand keys and items (an export of 10,000
 * bookings is the largest). A request beyond either is refused before anything else walks it:
 * a chain of thousands of objects would overflow the stack, a million keys would keep main busy.
 */
export const MAX_REQUEST_DEPTH = 32;
export const MAX_REQUEST_ENTRIES = 50_000;
const MAX_LISTED_ISSUES = 20;

const NOT_JSON = Symbol('not a JSON value');

class TooBig extends Error {
  constructor(readonly rule: 'too-deep' | 'too-large') {
    super(rule);
  }
}

/**
 * A key whose value is `undefined` is a key not given: JSON has no undefined, and a partial
 * update must not read `{ language: undefined }` as "set the language to nothing". Only plain
 * objects are rebuilt (an array's holes stay, for the schema to refuse). Counts what it walks.
 */
function withoutUndefined(value: unknown, budget: { entries: number }, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_REQUEST_DEPTH) throw new TooBig('too-deep');
  const spend = (n: number) => {
    budget.entries -= n;
    if (budget.entries < 0) throw new TooBig('too-large');
  };
  if (Array.isArray(value)) {
    spend(value.length);
    // Item by item, not value.map: an array can arrive with its own "constructor" key, which
    // map() would call to make its result. Holes stay holes.
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i += 1) if (i in value) items[i] = withoutUndefined(value[i], budget, depth + 1);
    return items;
  }
  // The contract is JSON-shaped. Structured clone also carries typed arrays, Dates, Maps…: such a
  // value is handed to the schema as a symbol, which no field of the contract accepts, so it is
  // refused as the wrong type for that field instead of a schema walking (or freezing) it.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return NOT_JSON;
  // Keys first (entries of a million keys would cost seconds before they could be counted).
  const keys = Object.keys(value);
  spend(keys.length);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    // An own "__proto__" key (JSON.parse makes one) names no field, and assigning it would change the prototype.
    if (item !== undefined && key !== '__proto__') out[key] = withoutUndefined(item, budget, depth + 1);
  }
  return out;
}

function cleanRequest(request: unknown): { ok: true; value: unknown } | { ok: false; error: ErrorBody } {
  try {
    return { ok: true, value: withoutUndefined(request ?? {}, { entries: MAX_REQUEST_ENTRIES }) };
  } catch (error) {
    if (!(error instanceof TooBig)) throw error;
    const [message, maximum] =
      error.rule === 'too-deep'
        ? [`The request is nested more than ${MAX_REQUEST_DEPTH} levels deep.`, MAX_REQUEST_DEPTH]
        : [`The request holds more than ${MAX_REQUEST_ENTRIES} keys and items.`, MAX_REQUEST_ENTRIES];
    return { ok: false, error: { code: 'INVALID_INPUT', message, rule: error.rule, data: { maximum } } };
  }
}

/**
 * The dispatcher is a plain function (style.md, electron-trpc): it checks the channel exists,
 * validates the request against the contract, runs the handler and answers one envelope. It
 * never throws, so a bad request can never take the main process down.
 */
export function createDispatcher<Ctx>(options: {
  contract: Record<string, { request: z.ZodType }>;
  handlers: Map<string, AnyHandler<Ctx>>;
  context: Ctx;
  log: Logger;
}): (channel: unknown, request: unknown) => Promise<Envelope<unknown>> {
  for (const name of Object.keys(options.contract)) {
    if (!options.handlers.has(name)) throw new Error(`IPC channel ${name} has no handler.`);
  }
  return async (channel, request) => {
    if (typeof channel !== 'string' || !Object.hasOwn(options.contract, channel)) {
      // Named as sent, within reason: a megabyte channel name is not echoed back whole.
      const name = typeof channel === 'string' ? channel.slice(0, 100) : `of type ${typeof channel}`;
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel ${name}.` } };
    }
    try {
      const cleaned = cleanRequest(request);
      if (!cleaned.ok) return { ok: false, error: cleaned.error };
      const parsed = options.contract[channel]!.request.safeParse(cleaned.value);
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
      const data = await options.handlers.get(channel)!(parsed.data, options.context);
      return { ok: true, data: data === undefined ? null : data };
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.body };
      const storage = storageErrorBody(error);
      if (storage) {
        options.log.error(`IPC ${channel}: the disk refused a write`, error);
        return { ok: false, error: storage };
      }
      const errorId = newErrorId();
      options.log.error(`IPC ${channel} failed (error ${errorId})`, error);
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Something went wrong on our side (error ${errorId}); nothing was changed. The details are in the log.`, errorId },
      };
    }
  };
}
