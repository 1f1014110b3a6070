import { useTranslation } from 'react-i18next';

import type { ErrorBody } from '@main/ipc/contract';

import { configureErrorSentence } from './sync-text';

type Props = {
  /** A field left empty while turning sync on (checked here, before asking main). */
  missing: 'server' | 'token' | null;
  /** Main's refusal of sync/configure. */
  error: ErrorBody | null;
  /** What the last save did. */
  saved: string | null;
};

/** Under the Team sync form: what is wrong, naming the field, or what the save did. */
export function TeamSyncErrors({ missing, error, saved }: Props) {
  const { t } = useTranslation();
  const problem = missing
    ? t(missing === 'server' ? 'sync.settings.serverMissing' : 'sync.settings.tokenMissing')
    : error
      ? configureErrorSentence(t, error)
      : null;
  return (
    <div className="settings-sync-outcome">
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <p role="status" className="settings-sync-saved">
        {!problem && saved}
      </p>
    </div>
  );
}
