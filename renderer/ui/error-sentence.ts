import i18next, { type TFunction } from 'i18next';

import { levels } from '@core/catalog';
import type { DomainWarning } from '@core/errors';
import type { en } from '@locales/en';
import type { ErrorBody } from '@main/ipc/contract';

import { caseStateWord, levelWord, severityWord } from '../i18n/stored-words';
import { formatDatesIn } from './dates';

const INVALID_RULES = new Set([
  'year-range',
  'too-deep',
  'too-large',
  'too-many-tables',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'invalid_type',
  'band-open',
  'band-order',
  'range-order',
  'range-length',
]);
const LEVEL_IDS = new Set<string>(levels);

/**
 * An error as it reaches the page. Producers are held to ErrorCode by the envelope's type, but
 * what arrives over IPC is not checked again, so a code this page does not know is still worded
 * (errors.UNKNOWN, with main's message) rather than shown as a raw key.
 */
type ArrivedError = Omit<ErrorBody, 'code'> & { code: string };

/**
 * Turns an error from main into a sentence in the user's language: domain refusals by their
 * stable code (with the numbers and dates main sent), bad input by the field and the check.
 */
export function errorSentence(t: TFunction, error: ArrivedError): string {
  if (error.code === 'INVALID_INPUT' && /^[A-Z]\d+$/.test(error.rule ?? '')) {
    // A domain rule refused a value that passed the schema (a date outside the paid period…).
    // A rule refusing for more than one reason words each one (i18next context: C2_future …).
    const context = typeof error.data?.reason === 'string' ? error.data.reason : undefined;
    return t(`errors.rules.${error.rule}`, { ...readableData(t, error.data), context, defaultValue: error.message });
  }
  if (error.code === 'INVALID_INPUT') {
    const field = fieldLabel(t, error.field ?? '');
    return t(`errors.invalid.${invalidRule(error) as keyof typeof en.errors.invalid}`, { ...error.data, field });
  }
  if (error.code === 'INTERNAL') {
    // Main logged the cause under this id; the user quotes it when sending the diagnostics.
    return error.errorId ? t('errors.INTERNAL', { errorId: error.errorId }) : t('errors.INTERNAL_unnumbered');
  }
  const key = `errors.${error.code}`;
  return t(key, { ...readableData(t, error.data), defaultValue: t('errors.UNKNOWN', { message: error.message }) });
}

/** Ids in an error's data (a level, a severity) are shown by their names in the user's language. */
function readableData(t: TFunction, data: ErrorBody['data'] = {}): Record<string, unknown> {
  const out = formatDatesIn(data, i18next.language ?? 'en');
  if (typeof data.level === 'string') out.level = levelWord(t, data.level);
  if (typeof data.severity === 'string') out.severity = severityWord(t, data.severity);
  if (typeof data.state === 'string') out.state = caseStateWord(t, data.state);
  return out;
}

/** A warning from main (S4 frequent change, P4 partner type…) as a sentence in the user's language. */
export function warningSentence(t: TFunction, warning: DomainWarning, language: string): string {
  return t(`warnings.${warning.code}`, formatDatesIn(warning.data, language));
}

/** "priceBook.levels.premier.bands.1.upTo" → "Premier, band 2, up to": where the field is, in words. */
function fieldLabel(t: TFunction, path: string): string {
  const parts = path.split('.');
  const leaf = parts.filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';
  const where: string[] = [];
  parts.forEach((part, i) => {
    if (LEVEL_IDS.has(part)) where.push(t(`catalog.levels.${part as keyof typeof en.catalog.levels}`));
    if (/^\d+$/.test(part) && parts[i - 1] === 'bands') where.push(t('fields.band', { n: Number(part) + 1 }));
  });
  const label = t(`fields.${leaf}`, { defaultValue: leaf || t('fields.id') });
  return [...where, label].join(t('fields.separator'));
}

const MONEY_FIELDS = new Set(['monthlyFee', 'yearlyFee', 'addonPackPrice', 'upTo', 'segmentPaid', 'newPeriodFee', 'amount']);

/** Which sentence fits a failed check: the field's kind matters as much as the check. */
function invalidRule(error: ArrivedError): string {
  const leaf =
    (error.field ?? '')
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .at(-1) ?? '';
  const rule = error.rule ?? '';
  if (rule === 'too_small' && error.data?.minimum === 1 && error.data.origin !== 'number') return 'required';
  if (MONEY_FIELDS.has(leaf) && ['too_small', 'too_big', 'invalid_format', 'invalid_type'].includes(rule)) return 'amount';
  if (leaf === 'rateBp' && rule !== 'band-order') return 'rate';
  if (leaf === 'currency') return 'currency';
  if (leaf === 'contactEmail' && rule === 'invalid_format') return 'email';
  return INVALID_RULES.has(rule) ? rule : 'other';
}
