import type { TFunction } from 'i18next';

import type { ErrorBody } from '@main/ipc/contract';

import { levelWord } from '../../i18n/stored-words';
import { formatDatesIn } from '../../ui/dates';
import { errorSentence } from '../../ui/error-sentence';

/** A refusal as the booking forms show it: a plain sentence, and the rule behind it as a tag after it. */
export type RefusalText = { sentence: string; rule: string | null };

/** Refusals that name the next possible date in words (the yearly ones name the next service year instead). */
const SAYS_NEXT_DATE = new Set(['CONSULTING_MONTH_TAKEN', 'TRAINING_MONTH_TAKEN', 'NOT_A_WORKING_DAY']);

/**
 * The sentence's key in bookings.refusals: the code, with the variant where one code says
 * different things (NOT_INCLUDED by service, NO_ACTIVE_SUBSCRIPTION by rule, a B1/B2 bad input).
 */
function keyOf(error: ErrorBody): string {
  if (error.code === 'NOT_INCLUDED' && typeof error.data?.service === 'string') return `NOT_INCLUDED_${error.data.service}`;
  if (error.code === 'NO_ACTIVE_SUBSCRIPTION' || error.code === 'INVALID_INPUT') return `${error.code}_${error.rule ?? ''}`;
  return error.code;
}

/**
 * B1-B4, T2, T4: why a booking is refused, worded for the booking forms without the rule id in the
 * sentence (it is shown as a tag after it). A refusal these forms do not word themselves (an
 * unknown partner, a field main could not read) is worded as everywhere else in the app.
 */
export function bookingRefusal(t: TFunction, error: ErrorBody, language: string): RefusalText {
  const rule = /^[A-Z]\d+$/.test(error.rule ?? '') ? (error.rule ?? null) : null;
  const data = formatDatesIn(error.data, language);
  if (typeof error.data?.level === 'string') data.level = levelWord(t, error.data.level);
  const sentence = t(`bookings.refusals.${keyOf(error)}`, { ...data, defaultValue: '' });
  if (!sentence) return { sentence: errorSentence(t, error), rule: null };
  const next = SAYS_NEXT_DATE.has(error.code) && typeof data.nextDate === 'string' ? ` ${t('bookings.refusals.nextDate', { date: data.nextDate })}` : '';
  return { sentence: `${sentence}${next}`, rule };
}
