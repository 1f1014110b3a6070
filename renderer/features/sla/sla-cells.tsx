import { useTranslation } from 'react-i18next';
import type { ClockStatusKind } from '../../../core/sla';
import { remainingAt, type ClockRow } from './sla-clock';
import { formatInstant, formatRemaining } from './sla-format';
import { useSla } from './sla-store';

/** C2 status in words and colour; C3 marks a clock that is for information only. */
export function StatusPill({ status, guaranteed }: { status: ClockStatusKind; guaranteed: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`status-pill ${status}`}>
      {t(`sla.status.${status}`)}
      {!guaranteed && <small className="sub">{t('sla.notGuaranteed')}</small>}
    </span>
  );
}

/** The only cell that follows the ticking clock. */
export function LiveRemaining({ row }: { row: ClockRow }) {
  const { t } = useTranslation();
  const nowMs = useSla((s) => s.nowMs);
  const remaining = remainingAt(row, nowMs);
  if (!remaining) return <span className="muted">{t('sla.answered')}</span>;
  return <span className={`remaining${remaining.overdue ? ' overdue' : ''}`}>{formatRemaining(t, remaining)}</span>;
}

/** T1: the due time where the manager is, and in Beijing time when that differs. */
export function DueCell({ iso, short = false }: { iso: string; short?: boolean }) {
  const { t, i18n } = useTranslation();
  const at = formatInstant(iso, i18n.language, short ? 'short' : 'full');
  return (
    <span>
      <time dateTime={iso}>{at.local}</time>
      {!at.sameZone && <small className="sub">{t('sla.beijingTime', { time: at.beijing })}</small>}
    </span>
  );
}

/** P2 / C3: the severity, and the one it was corrected to. */
export function SeverityCell({ row }: { row: Pick<ClockRow, 'severity' | 'correctedSeverity'> }) {
  const { t } = useTranslation();
  if (!row.severity) return <span>{t('sla.basicTarget')}</span>;
  const label = t(`catalog.severities.${row.severity}`);
  if (!row.correctedSeverity) return <span title={label}>{label}</span>;
  return (
    <span className="wrap">
      <s>{t(`catalog.severities.${row.severity}`)}</s>
      <small className="sub">{t('sla.correctedTo', { severity: t(`catalog.severities.${row.correctedSeverity}`) })}</small>
    </span>
  );
}
