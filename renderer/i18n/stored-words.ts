import type { TFunction } from 'i18next';

import { CASE_STATES } from '@core/cases';
import { type Level, levels, type SeverityId, severityIds } from '@core/catalog';
import type { en } from '@locales/en';

// Ids that arrive as plain strings (a record's history, an error's data) named in the user's
// language. Each list is the app's own: the typed key (`cases.history.${CaseHistoryAction}`) does
// not compile without its words, so a miss is caught before it ships. A value outside the list
// (written by a newer version of the app) is shown as written rather than as a key.

type CaseHistoryAction = keyof typeof en.cases.history;
type BookingHistoryAction = keyof typeof en.bookings.history;

// Record<…, true>: adding or removing a word in en/*.json without this list fails the type check.
const CASE_HISTORY: Record<CaseHistoryAction, true> = {
  opened: true,
  respond: true,
  'correct-severity': true,
  withdraw: true,
  void: true,
  close: true,
  'handed-over': true,
};
const BOOKING_HISTORY: Record<BookingHistoryAction, true> = {
  booked: true,
  cancel: true,
  reschedule: true,
  rescheduled: true,
  deliver: true,
  'handed-over': true,
};

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
const isKeyOf = <T extends string>(record: Record<T, true>, value: string): value is T => Object.hasOwn(record, value);

export const levelWord = (t: TFunction, value: string): string => (isOneOf<Level>(levels, value) ? t(`catalog.levels.${value}`) : value);
export const severityWord = (t: TFunction, value: string): string => (isOneOf<SeverityId>(severityIds, value) ? t(`catalog.severities.${value}`) : value);
export const caseStateWord = (t: TFunction, value: string): string => (isOneOf(CASE_STATES, value) ? t(`cases.states.${value}`) : value);
export const caseHistoryWord = (t: TFunction, action: string): string => (isKeyOf(CASE_HISTORY, action) ? t(`cases.history.${action}`) : action);
export const bookingHistoryWord = (t: TFunction, action: string): string => (isKeyOf(BOOKING_HISTORY, action) ? t(`bookings.history.${action}`) : action);

/**
 * A history entry's reason as shown after its action: quoted as the manager wrote it, except a
 * hand-over's, which is the instant the hand-over file was written (electron/handover).
 */
export function historyReason(t: TFunction, entry: { action: string; reason: string }, local: (instant: string) => string): string {
  if (!entry.reason) return '';
  return entry.action === 'handed-over' ? t('common.handedOverFile', { time: local(entry.reason) }) : `“${entry.reason}”`;
}
