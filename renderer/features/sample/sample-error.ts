import type { TFunction } from 'i18next';
import { ApiError } from '../../api/bridge';

const SAMPLE_CODES = new Set(['SAMPLE_NOT_EMPTY', 'NO_SAMPLE', 'SAMPLE_BUSY']);

/** The sample's own refusals are worded here (sample.json); anything else goes to the usual reporter. */
export function sampleRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiError) || !SAMPLE_CODES.has(error.body.code)) return null;
  return t(`sample.errors.${error.body.code}`, { ...error.body.data });
}
