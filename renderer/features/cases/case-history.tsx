import { useTranslation } from 'react-i18next';

import type { en } from '@locales/en';
import type { CaseRecordStored } from '@main/ipc/contract';

import { caseHistoryWord, historyReason } from '../../i18n/stored-words';
import { formatInstant } from '../sla/sla-format';
import { HistoryBy } from '../sync/history-by';

/** Every change to the case with its time and reason, oldest first. */
export function CaseHistory({ history }: { history: CaseRecordStored['history'] }) {
  const { t, i18n } = useTranslation();
  const detailOf = (entry: CaseRecordStored['history'][number]) => {
    if (!entry.detail) return '';
    // C3: "core-production-unavailable → general-guidance" in the user's words.
    if (entry.action === 'correct-severity')
      return entry.detail
        .split(' → ')
        .map((s) => t(`catalog.severities.${s as keyof typeof en.catalog.severities}`))
        .join(' → ');
    if (entry.action === 'respond') return formatInstant(entry.detail, i18n.language).local;
    if (entry.action === 'void') return t('cases.detail.wasState', { state: t(`cases.states.${entry.detail as keyof typeof en.cases.states}`) });
    return entry.detail;
  };
  return (
    <section aria-label={t('cases.detail.history')}>
      <h3 className="subhead">{t('cases.detail.history')}</h3>
      <ol className="timeline">
        {history.map((entry, i) => (
          <li key={`${entry.at}-${i}`}>
            <time dateTime={entry.at}>{formatInstant(entry.at, i18n.language).local}</time>
            <strong>{caseHistoryWord(t, entry.action)}</strong>
            {detailOf(entry) && <span> · {detailOf(entry)}</span>}
            {entry.reason && <span> · {historyReason(t, entry, (at) => formatInstant(at, i18n.language).local)}</span>}
            <HistoryBy by={entry.by} />
          </li>
        ))}
      </ol>
    </section>
  );
}
