// Reading a case's `given` into core types. The JSON is trusted to follow case-format.md; a
// missing field throws, which the runner reports as that case failing.
import { calendarFromDates, type HolidayCalendar, type Subscription, weekdaysOnlyCalendar } from '@core';

import type { Json, JsonObject } from './case-types';

export function field(given: JsonObject, key: string): Json {
  const value = given[key];
  if (value === undefined) throw new Error(`given.${key} is missing`);
  return value;
}

export function text(given: JsonObject, key: string): string {
  const value = field(given, key);
  if (typeof value !== 'string') throw new Error(`given.${key} must be a string`);
  return value;
}

export function num(given: JsonObject, key: string): number {
  const value = field(given, key);
  if (typeof value !== 'number') throw new Error(`given.${key} must be a number`);
  return value;
}

export function obj(given: JsonObject, key: string): JsonObject {
  const value = field(given, key);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`given.${key} must be an object`);
  return value;
}

export function list<T>(given: JsonObject, key: string): T[] {
  const value = given[key] ?? [];
  if (!Array.isArray(value)) throw new Error(`given.${key} must be a list`);
  return value as T[];
}

export function optionalText<T extends string>(given: JsonObject, key: string): T | undefined {
  const value = given[key];
  return typeof value === 'string' ? (value as T) : undefined;
}

/** case-format.md: an absent calendar means Monday to Friday only. */
export function calendarOf(given: JsonObject): HolidayCalendar {
  if (given.calendar === undefined) return weekdaysOnlyCalendar;
  const cal = obj(given, 'calendar');
  return calendarFromDates({ holidays: list<string>(cal, 'holidays'), workdays: list<string>(cal, 'workdays') }, 'case');
}

export function subscriptionOf(given: JsonObject): Subscription {
  return obj(given, 'subscription') as unknown as Subscription;
}

/** Partner type is not in case-format.md; accept it where a case names it (P4). */
export function partnerTypeOf(given: JsonObject): string | undefined {
  const partner = given.partner;
  if (typeof partner === 'object' && partner !== null && !Array.isArray(partner) && typeof partner.type === 'string') return partner.type;
  return optionalText(given, 'partnerType');
}
