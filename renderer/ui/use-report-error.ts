import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiError } from '../api/bridge';
import { errorSentence } from './error-sentence';
import { useStatus } from './status-store';

/**
 * Shows a refusal from main as a sentence in the status line. Anything that is not an answer
 * from main is a bug, so it is rethrown rather than hidden.
 */
export function useReportError(): (error: unknown) => void {
  const { t } = useTranslation();
  const showStatus = useStatus((s) => s.show);
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) showStatus(errorSentence(t, error.body), 'error');
      else throw error;
    },
    [showStatus, t],
  );
}
