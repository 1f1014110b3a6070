import type { z } from 'zod';

import { contract } from '@main/ipc/contract';
import type { Random } from '@main/seed/random';

import type { IdPools } from './generate-context';
import { hostileRequest, mutate } from './hostile';
import { validRequest } from './valid-values';

export type ChannelName = keyof typeof contract;
export type NextCall = { channel: ChannelName; sentTo: unknown; request: unknown };

/** Valid requests, valid ones with one change, and requests that are not requests at all. */
function requestFor(schema: z.ZodType, random: Random, channel: string, pools: IdPools): unknown {
  const roll = random.next();
  if (roll < 0.1) return hostileRequest(random);
  const valid = validRequest(schema, { random, pools, channel });
  if (roll < 0.5) return valid;
  let request = mutate(valid, random);
  if (random.chance(0.2)) request = mutate(request, random);
  return request;
}

function hostileChannel(random: Random, channel: string): unknown {
  const names: unknown[] = [
    `${channel}x`,
    channel.toUpperCase(),
    '',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    42,
    null,
    undefined,
    { channel },
    [channel],
    'x'.repeat(1024 * 1024),
  ];
  return names[random.int(0, names.length - 1)];
}

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The stream of calls: every channel once per round, in a new order each round, with valid,
 * changed and hostile requests; now and then sent to a channel that does not exist (the page
 * names the channel, after all).
 */
export function requestStream(random: Random, pools: IdPools): () => NextCall {
  const channels = Object.keys(contract).sort() as ChannelName[];
  let order: ChannelName[] = [];
  return () => {
    if (order.length === 0) order = shuffled(channels, random);
    const channel = order.pop()!;
    const request = requestFor(contract[channel].request, random, channel, pools);
    const sentTo: unknown = random.chance(0.01) ? hostileChannel(random, channel) : channel;
    return { channel, sentTo, request };
  };
}
