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
  return t(key, { ...readableData(t, error.data), defaultValue: t('errors.UNKNOWN', { message: error.message }) });
}

/** Ids in an error's data (a level, a severity) are shown by their names in the user's language. */
function readableData(t: TFunction, data: ErrorBody['data'] = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  if (typeof data.level === 'string') out.level = t(`catalog.levels.${data.level}`, { defaultValue: data.level });
  if (typeof data.severity === 'string') out.severity = t(`catalog.severities.${data.severity}`, { defaultValue: data.severity });
  return out;
}
