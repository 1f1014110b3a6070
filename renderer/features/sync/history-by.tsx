import { useTranslation } from 'react-i18next';

import { useSync } from './sync-store';
import { historyByText } from './sync-text';

/**
 * " · by wang" after a case's or booking's history entry that another manager's desk wrote (the
 * `by` team sync keeps in the record); nothing for this desk's own manager, or when there is none.
 */
export function HistoryBy({ by }: { by?: string | undefined }) {
  const { t } = useTranslation();
  const self = useSync((s) => s.status?.manager ?? null);
  const text = historyByText(t, by, self);
  return text && <span className="history-by"> · {text}</span>;
}
