import { useTranslation } from 'react-i18next';

import type { ErrorBody } from '@main/ipc/contract';

import { errorSentence } from './error-sentence';

/**
 * The end of a dialog's form: main's refusal as a sentence (inside the dialog, where the status
 * line cannot be read), then Cancel and the submit button, which waits while main answers.
 */
export function DialogFormFooter({
  error,
  busy,
  submitLabel,
  onCancel,
}: {
  error: ErrorBody | null;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p role="alert" className="form-error">
          {errorSentence(t, error)}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
