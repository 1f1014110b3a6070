import type { z } from 'zod';
import type { ChannelName, Envelope, ErrorBody, ParsedRequestOf, ResultOf } from './contract';
import { newErrorId } from './error-id';
import { Refusal } from './refusal';
import { storageErrorBody } from './storage-error';
import type { Logger } from './services';

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
      issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message })),
    },
  };
}

/**
 * A key whose value is `undefined` is a key not given: JSON has no undefined, and a partial
 * update must not read `{ language: undefined }` as "set the language to nothing". Only plain
 * objects are rebuilt (an array's holes stay, for the schema to refuse).
 */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  // An own "__proto__" key (JSON.parse makes one) names no field, and assigning it would change the prototype.
  for (const [key, item] of Object.entries(value)) if (item !== undefined && key !== '__proto__') out[key] = withoutUndefined(item);
  return out;
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
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel ${String(channel)}.` } };
    }
    const parsed = options.contract[channel]!.request.safeParse(withoutUndefined(request ?? {}));
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
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
