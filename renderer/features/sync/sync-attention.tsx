import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { AttentionEntry, AttentionWay } from '@main/ipc/contract/sync';

import { useNavigation } from '../../app/navigation-store';
import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { AttentionBuyPack } from './attention-buy-pack';
import { useSync } from './sync-store';
import { attentionSentence, keptSentence, wayLabel } from './sync-text';

import './sync.css';

/**
 * Today → "Needs attention after sync": what merges left that a rule does not allow, each with its
 * rule id and its ways out. Shown only while there is something; an entry whose rule holds again
 * goes away by itself (main recomputes them after every change).
 */
export function SyncAttention() {
  const { t, i18n } = useTranslation();
  const entries = useSync((s) => s.attention);
  const self = useSync((s) => s.status?.manager ?? null);
  const { loadAttention, resolve } = useSync.getState();
  const showStatus = useStatus((s) => s.show);
  const report = useReportError();
  const [buying, setBuying] = useState<{ entry: AttentionEntry; month: string } | null>(null);

  useEffect(() => {
    loadAttention().catch(report);
  }, [loadAttention, report]);

  if (entries.length === 0 && !buying) return null;

  const take = (entry: AttentionEntry, way: AttentionWay) => {
    const nav = useNavigation.getState();
    if (way.way === 'void-case') nav.openCase({ caseId: way.caseId, partnerId: entry.partnerId });
    else if (way.way === 'cancel-booking') nav.openBooking({ bookingId: way.bookingId, partnerId: entry.partnerId });
    else if (way.way === 'buy-pack') setBuying({ entry, month: way.month });
    else
      resolve(entry.id, way.choice)
        .then((left) => showStatus(keptSentence(t, way, !left.some((e) => e.id === entry.id), i18n.language)))
        .catch(report);
  };

  return (
    <section aria-labelledby="sync-attention-title" className="sync-attention">
      <h2 id="sync-attention-title">{t('sync.attention.title')}</h2>
      <p className="hint">{t('sync.attention.note')}</p>
      <ul className="sync-attention-list">
        {entries.map((entry) => (
          <li key={entry.id} className="sync-attention-entry" data-kind={entry.kind}>
            <p className="sync-attention-text">{attentionSentence(t, entry, self, i18n.language)}</p>
            <div className="sync-attention-ways">
              {entry.ways.map((way, i) => (
                <button key={`${way.way}-${i}`} type="button" onClick={() => take(entry, way)}>
                  {wayLabel(t, way, entry.ways, i18n.language)}
                </button>
              ))}
              {entry.kind === 'two-responses' && (
                <button type="button" className="link" onClick={() => useNavigation.getState().openCase({ caseId: entry.subject, partnerId: entry.partnerId })}>
                  {t('sync.attention.ways.openCase')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {buying && <AttentionBuyPack entry={buying.entry} month={buying.month} onClose={() => setBuying(null)} />}
    </section>
  );
}
