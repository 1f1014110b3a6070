import { levelOn } from '@core/subscription';
import { beijingDateOf, monthOf } from '@core/time';
import type { Desk } from '@main/desk';
import { currentSubscription, timelineOf } from '@main/handlers/subscription-plans';
import type { ChannelName, Partner } from '@main/ipc/contract';
import type { Random } from '@main/seed/random';

import type { Footprint } from './log-lines';

/** What the child's change pickers work with: the open desk, the round's random source and clock. */
export type StreamContext = {
  desk: Desk;
  random: Random;
  /** A unique mark for the change numbered `seq` (its records carry it, see Footprint). */
  tag: (seq: number) => string;
  seq: number;
  nowMs: () => number;
  /** Renames and unlinks the store has made so far (see writeProbe). */
  writes: () => number;
};

/** One change, ready to dispatch, with what it may touch. */
export type Planned = {
  change: Footprint;
  channel: ChannelName;
  request: unknown;
  /** The cases the answer changed (ids), every case ('all'), or none left ('clear'). */
  cases?: (answer: unknown) => readonly string[] | 'all' | 'clear';
  /** A check of the answer itself; a message when it is not what the change planned. */
  expect?: (answer: unknown) => string | null;
};

export type Planner = (ctx: StreamContext) => Promise<Planned | null> | Planned | null;

/**
 * A read-only answer the planner needs (a preview, a check): null when it was refused. INTERNAL
 * is no refusal but a failure: thrown, it ends the child, and the parent reports its stderr.
 */
export async function ask<T>(ctx: StreamContext, channel: ChannelName, request: unknown): Promise<T | null> {
  const answer = await ctx.desk.dispatch(channel, request);
  if (!answer.ok && answer.error.code === 'INTERNAL') throw new Error(`${channel} answered INTERNAL: ${answer.error.message}`);
  return answer.ok ? (answer.data as T) : null;
}

export const todayOf = (ctx: StreamContext): string => beijingDateOf(ctx.nowMs());
export const thisMonthOf = (ctx: StreamContext): string => monthOf(todayOf(ctx));

export type PartnerOnPlan = { partner: Partner; level: 'basic' | 'standard' | 'premier' };

/** Partners with a plan in force today (the only ones a case or booking can be for). */
export function partnersOnPlan(ctx: StreamContext): PartnerOnPlan[] {
  const data = ctx.desk.store.read();
  const today = todayOf(ctx);
  return data.partners.flatMap((partner) => {
    const current = currentSubscription(data, partner.id);
    const level = current ? levelOn(timelineOf(current), today) : null;
    return level ? [{ partner, level }] : [];
  });
}

export const pickOrNull = <T>(ctx: StreamContext, items: readonly T[]): T | null => (items.length === 0 ? null : ctx.random.pick(items));
