import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useStatus } from '../../ui/status-store';
import { useReportError } from '../../ui/use-report-error';
import { ImportCasesButton } from '../case-import/import-cases-button';
import { CaseDetailDialog } from '../cases/case-detail-dialog';
import { CaseEntryDialog } from '../cases/case-entry-dialog';
import { usePartners } from '../partners/partners-store';
import { copyDigest, copyEscalation } from './escalation-copy';
import type { ClockRow } from './sla-clock';
import { applyFilter, NO_FILTER, type SlaFilter, SlaFilters } from './sla-filters';
import { useSla } from './sla-store';
import { SlaTable } from './sla-table';

import './sla.css';

/** How long a case just logged stays highlighted on the board (sla.css fades it out as long). */
const HIGHLIGHT_MS = 4000;

/** C1/C2: every case still being worked on, with its response clock. */
export function SlaView() {
  const { t } = useTranslation();
  const report = useReportError();
  const showStatus = useStatus((s) => s.show);
  const rows = useSla((s) => s.rows);
  const loaded = useSla((s) => s.loaded);
  const counts = useSla((s) => s.counts);
  // Statuses change only on a transition: the filtered, sorted board is worked out again then.
  const statusNow = useSla((s) => s.statusNowMs);
  const partners = usePartners((s) => s.partners);
  const [filter, setFilter] = useState<SlaFilter>(NO_FILTER);
  const [entering, setEntering] = useState(false);
  const [opened, setOpened] = useState<ClockRow | null>(null);
  // The case just logged, shown on the board; and the cases there were before the form opened.
  const [logged, setLogged] = useState<string | null>(null);
  const before = useRef<ReadonlySet<string>>(new Set());

  // The ticker loads the board at start for the badge; the view asks again so it never shows
  // a board older than the moment it was opened.
  useEffect(() => {
    usePartners.getState().load().catch(report);
    useSla.getState().load().catch(report);
  }, [report]);

  const shown = useMemo(() => applyFilter(rows, filter, statusNow), [rows, filter, statusNow]);
  const onBoard = useMemo(
    () => [...new Map(rows.map((r) => [r.partnerId, { id: r.partnerId, name: r.partnerName }])).values()].sort((a, b) => a.name.localeCompare(b.name)),
    [rows],
  );
  const onOpen = useCallback((row: ClockRow) => setOpened(row), []);
  const copyDay = () => {
    copyDigest(t).then(showStatus).catch(report);
  };
  const onCopy = useCallback((row: ClockRow) => void copyEscalation(t, row.id).then(showStatus).catch(report), [t, showStatus, report]);

  const startEntering = () => {
    before.current = new Set(rows.map((r) => r.id));
    setEntering(true);
  };
  // The form's save reloads the board before it says so: the case new on it is the one logged.
  const onLogged = (message: string) => {
    showStatus(message);
    const fresh = useSla.getState().rows.find((r) => !before.current.has(r.id));
    if (!fresh) return;
    // The filters would hide it: show the whole board rather than a case lost again.
    if (applyFilter([fresh], filter, statusNow).length === 0) setFilter(NO_FILTER);
    setLogged(fresh.id);
  };
  useEffect(() => {
    if (logged === null) return;
    const timer = setTimeout(() => setLogged(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [logged]);

  return (
    <section aria-labelledby="sla-title" className="view sla-view">
      <header className="view-header">
        <h1 id="sla-title">{t('sla.title')}</h1>
        <span className="count" role="status">
          {t('sla.counts', { open: counts.running + counts.atRisk + counts.breached, atRisk: counts.atRisk, breached: counts.breached })}
        </span>
        <div className="view-actions">
          <ImportCasesButton />
          <button type="button" className="primary" onClick={startEntering}>
            {t('cases.new')}
          </button>
        </div>
      </header>
      <div className="toolbar">
        <SlaFilters filter={filter} partners={onBoard} onChange={setFilter} />
        {/* C2: every case breached or at risk today, grouped by partner, for a morning mail. */}
        <button type="button" className="push-right copy-digest" onClick={copyDay}>
          {t('escalation.digest')}
        </button>
      </div>
      {loaded && rows.length === 0 ? (
        <p className="empty">{t('sla.empty')}</p>
      ) : (
        <>
          <SlaTable rows={shown} statusNow={statusNow} onOpen={onOpen} onCopy={onCopy} revealId={logged} />
          {shown.length === 0 && <p className="empty">{t('sla.noMatch')}</p>}
        </>
      )}
      {entering && <CaseEntryDialog partners={partners.filter((p) => !p.archived)} onDone={onLogged} onClose={() => setEntering(false)} />}
      {opened && <CaseDetailDialog caseId={opened.id} partnerName={opened.partnerName} onDone={(m) => showStatus(m)} onClose={() => setOpened(null)} />}
    </section>
  );
}
