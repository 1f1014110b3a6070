import i18next, { type ParseKeys } from 'i18next';

import type { SeverityId } from '@core/catalog';
import type { ClockStatusKind } from '@core/sla';

import { type ClockRow, remainingAt } from './sla-clock';
import { formatInstant, formatSpan } from './sla-format';
import { useSla } from './sla-store';

// The cells read i18next directly rather than through useTranslation: a scrolled board mounts a
// few rows a frame, and the hook's per-call wrapper was a third of that frame's script. Each cell
// is re-rendered by its table or dialog, which follows the language itself (their columns and
// text depend on it), so a cell never shows a stale language.
const { t } = i18next;

/**
 * A word without anything put into it (a status, a level, a severity, a button), kept per
 * language: a scrolled board asks for the same few for every row it mounts, and each look-up
 * walks i18next's resources. A key not (yet) loaded is not kept.
 */
export function word(key: ParseKeys): string {
  const name = `${i18next.language} ${key}`;
  let known = words.get(name);
  if (known === undefined) {
    known = t(key);
    if (known !== key) words.set(name, known);
  }
  return known;
}

const words = new Map<string, string>();

/** C2 status in words and colour; C3 marks a clock that is for information only. */
export function StatusPill({ status, guaranteed }: { status: ClockStatusKind; guaranteed: boolean }) {
  return (
    <span className={`status-pill ${status}`}>
      {word(`sla.status.${status}`)}
      {!guaranteed && <small className="sub">{word('sla.notGuaranteed')}</small>}
    </span>
  );
}

/**
 * The only cell that follows the ticking clock: the time on the first line, "left" or "overdue"
 * below it (two lines keep the column narrow; tabular digits keep it still as it ticks).
 */
export function LiveRemaining({ row }: { row: ClockRow }) {
  const nowMs = useSla((s) => s.nowMs);
  const remaining = remainingAt(row, nowMs);
  if (!remaining) return <span className="muted">{word('sla.answered')}</span>;
  return (
    <span className={`remaining${remaining.overdue ? ' overdue' : ''}`}>
      {formatSpan(t, remaining)} <small className="sub">{word(remaining.overdue ? 'sla.overdue' : 'sla.left')}</small>
    </span>
  );
}

/** T1: the due time where the manager is, and in Beijing time when that differs. */
export function DueCell({ iso, short = false }: { iso: string; short?: boolean }) {
  const at = formatInstant(iso, i18next.language, short ? 'short' : 'full');
  return (
    <span>
      <time dateTime={iso}>{at.local}</time>
      {!at.sameZone && <small className="sub">{t('sla.beijingTime', { time: at.beijing })}</small>}
    </span>
  );
}

/** P2 / C3: the severity, and the one it was corrected to. */
export function SeverityCell({ row }: { row: Pick<ClockRow, 'severity' | 'correctedSeverity'> }) {
  if (!row.severity) return <span>{word('sla.basicTarget')}</span>;
  const label = word(`catalog.severities.${row.severity}`);
  if (!row.correctedSeverity) return <span title={label}>{label}</span>;
  return (
    <span className="wrap">
      <s>{label}</s>
      <small className="sub">{t('sla.correctedTo', { severity: word(`catalog.severities.${row.correctedSeverity}`) })}</small>
    </span>
  );
}

/**
 * A severity in a few words, with its full name in the tooltip and for screen readers (the board's
 * column is narrow; the case's dialog shows the full name).
 */
function ShortSeverity({ id }: { id: SeverityId }) {
  return (
    <>
      <span aria-hidden="true">{word(`catalog.severitiesShort.${id}`)}</span>
      <span className="sr-only">{word(`catalog.severities.${id}`)}</span>
    </>
  );
}

/** P2 / C3 on the board: the severity in short, and the one it was corrected to. */
export function ShortSeverityCell({ row }: { row: Pick<ClockRow, 'severity' | 'correctedSeverity'> }) {
  if (!row.severity) {
    return (
      <span title={word('sla.basicTarget')}>
        <span aria-hidden="true">{word('sla.basicTargetShort')}</span>
        <span className="sr-only">{word('sla.basicTarget')}</span>
      </span>
    );
  }
  const full = word(`catalog.severities.${row.severity}`);
  if (!row.correctedSeverity) {
    return (
      <span title={full}>
        <ShortSeverity id={row.severity} />
      </span>
    );
  }
  const corrected = word(`catalog.severities.${row.correctedSeverity}`);
  return (
    <span title={`${full} → ${corrected}`}>
      <s>
        <ShortSeverity id={row.severity} />
      </s>
      <small className="sub">
        <span aria-hidden="true">{t('sla.correctedToShort', { severity: word(`catalog.severitiesShort.${row.correctedSeverity}`) })}</span>
        <span className="sr-only">{t('sla.correctedTo', { severity: corrected })}</span>
      </small>
    </span>
  );
}
