import type { TFunction } from 'i18next';
import type { ErrorBody } from '../../electron/ipc/contract';

const INVALID_RULES = new Set(['too_small', 'too_big', 'invalid_format', 'invalid_value', 'invalid_type']);

/**
 * Turns an error from main into a sentence in the user's language: domain refusals by their
 * stable code (with the numbers and dates main sent), bad input by the field and the check.
 */
export function errorSentence(t: TFunction, error: ErrorBody): string {
  if (error.code === 'INVALID_INPUT') {
    const path = error.field ?? '';
    const leaf = path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? '';
    const field = t(`fields.${leaf}`, { defaultValue: leaf || t('fields.id') });
    const minimum = error.data?.minimum;
    const rule = error.rule === 'too_small' && minimum === 1 ? 'required' : INVALID_RULES.has(error.rule ?? '') ? error.rule : 'other';
    return t(`errors.invalid.${rule}`, { ...error.data, field });
  }
  const key = `errors.${error.code}`;
  return t(key, { ...error.data, defaultValue: t('errors.UNKNOWN', { message: error.message }) });
}
