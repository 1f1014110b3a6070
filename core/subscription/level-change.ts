// S4 / S5 / P4: checking a level change or a new subscription before it is recorded.
import { type Level, levelLabel, levelRank } from '../catalog';
import { type DomainWarning, fail, ok, type Result, warning } from '../errors';
import { addDays, describeDate, type IsoDate } from '../time';
import { levelOn, sortedChanges } from './level-timeline';
import type { BillingMode, LevelChange, Subscription } from './subscription-types';

/** S4 / M5 / M6: the moves a plan can make, the one list the contract's enum comes from. */
export const changeKinds = ['upgrade', 'downgrade', 'unsubscribe'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export type LevelChangePlan = { readonly from: Level; readonly to: Level | null; readonly kind: ChangeKind; readonly on: IsoDate };

/** S4 / M5: a move to a higher level is an upgrade, to a lower one a downgrade, to none an unsubscribe. */
export const changeKindOf = (from: Level, to: Level | null): ChangeKind =>
  to === null ? 'unsubscribe' : levelRank(to) > levelRank(from) ? 'upgrade' : 'downgrade';

/** S4: how many days back a previous change makes a new one "frequent". */
export const FREQUENT_CHANGE_WINDOW_DAYS = 30;

/** P4: plans are meant for consulting partners; other types may subscribe with a warning. */
export function partnerTypeWarnings(partnerType: string | undefined): DomainWarning[] {
  if (partnerType === undefined || partnerType === 'consulting') return [];
  return [
    warning(
      'NOT_CONSULTING_PARTNER',
      'P4',
      `Partner support plans are meant for consulting partners; this partner is a ${partnerType} partner. The subscription is allowed.`,
      { partnerType },
    ),
  ];
}

/**
 * The dated level changes of a timeline (S4): the first subscription, a new subscription after
 * an unsubscribe, and repeats of the level in force are not changes.
 */
export function levelChanges(subscription: Subscription): LevelChange[] {
  const changes: LevelChange[] = [];
  let previous: Level | null | undefined;
  for (const change of sortedChanges(subscription)) {
    if (previous !== undefined && previous !== null && change.level !== previous) changes.push(change);
    previous = change.level;
  }
  return changes;
}

export function checkLevelChange(
  subscription: Subscription,
  request: { readonly on: IsoDate; readonly level: Level | null },
  options: { readonly partnerType?: string } = {},
): Result<LevelChangePlan> {
  const current = levelOn(subscription, request.on);
  if (current === null) {
    // S5: after an unsubscribe (or before the start) there is no level to change.
    return fail('NO_ACTIVE_SUBSCRIPTION', 'S5', `The partner has no subscription in force on ${describeDate(request.on)}, so there is no level to change.`, {
      on: request.on,
    });
  }
  if (request.level === current) {
    return fail('SAME_LEVEL', 'S4', `The partner is already on ${levelLabel(current)} on ${describeDate(request.on)}.`, { level: current, on: request.on });
  }
  const windowStart = addDays(request.on, -FREQUENT_CHANGE_WINDOW_DAYS);
  const recent = levelChanges(subscription).filter((c) => c.from >= windowStart && c.from < request.on);
  const warnings: DomainWarning[] = [];
  const last = recent.at(-1);
  if (last) {
    // S4: not refused, but the vendor may reject frequent changes.
    warnings.push(
      warning(
        'FREQUENT_CHANGE',
        'S4',
        `The level was already changed on ${describeDate(last.from)}, less than ${FREQUENT_CHANGE_WINDOW_DAYS} days before; the vendor may reject frequent changes.`,
        {
          previousChangeOn: last.from,
          windowDays: FREQUENT_CHANGE_WINDOW_DAYS,
        },
      ),
    );
  }
  if (request.level !== null) warnings.push(...partnerTypeWarnings(options.partnerType));
  return ok({ from: current, to: request.level, kind: changeKindOf(current, request.level), on: request.on }, warnings);
}

/** S1 / P4: a new subscription; only the partner type can raise a (non-blocking) warning. */
export function checkSubscribe(request: {
  readonly start: IsoDate;
  readonly billing: BillingMode;
  readonly level: Level;
  readonly partnerType?: string;
}): Result<Subscription> {
  const subscription: Subscription = {
    start: request.start,
    billing: request.billing,
    levels: [{ from: request.start, level: request.level }],
  };
  return ok(subscription, partnerTypeWarnings(request.partnerType));
}

/** S3: the timeline with a checked change recorded. */
export function applyLevelChange(subscription: Subscription, on: IsoDate, level: Level | null): Subscription {
  return { ...subscription, levels: [...subscription.levels, { from: on, level }] };
}
