import i18next from 'i18next';
import { type CSSProperties, memo, type MouseEvent, type ReactNode } from 'react';

import type { ClockStatusKind } from '@core/sla';

import { DueCell, LiveRemaining, ShortSeverityCell, StatusPill, word } from './sla-cells';
import type { ClockRow } from './sla-clock';

/**
 * Every row's height in px: the tallest cells hold two lines (a time and its Beijing time, a
 * partner and its customer, a status and "not guaranteed"), 51 px with the padding and the line
 * below. Each row is given exactly this height, so the rows rendered always sit where the spacers
 * say the rows they stand for would: nothing in view moves, or is painted again, as rows come and go.
 */
export const ROW_HEIGHT = 52;
const ROW_STYLE: CSSProperties = { height: ROW_HEIGHT };

export type ColumnId = 'status' | 'timeLeft' | 'due' | 'partner' | 'level' | 'severity' | 'vendorRef';

// The cells read i18next directly rather than through useTranslation (see sla-cells.tsx): each
// row is rendered again when the language changes, since it is one of the row's props.
const { t } = i18next;

/**
 * C2: a breached case's escalation, copied from its row without opening it (its own button: a
 * click on it is no click on the row). Cases whose response time is not guaranteed (C3) are
 * escalated from their dialog.
 */
function CopyEscalation({ row, onCopy }: { row: ClockRow; onCopy: (row: ClockRow) => void }) {
  const copy = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    onCopy(row);
  };
  return (
    <button
      type="button"
      className="link copy-escalation"
      aria-label={t('escalation.copyOf', { partner: row.partnerName, ref: row.vendorRef || row.customer }).trim()}
      onClick={copy}
    >
      {word('escalation.copyShort')}
    </button>
  );
}

/** What a row shows in each column; the header's columns give the order. */
const CELLS: Record<ColumnId, (row: ClockRow, status: ClockStatusKind, onCopy: (row: ClockRow) => void) => ReactNode> = {
  status: (row, status, onCopy) => (
    <>
      <StatusPill status={status} guaranteed={row.guaranteed} />
      {status === 'breached' && row.guaranteed && <CopyEscalation row={row} onCopy={onCopy} />}
    </>
  ),
  timeLeft: (row) => <LiveRemaining row={row} />,
  due: (row) => <DueCell iso={row.dueAt} short />,
  // The row's one focusable control: its name says what it does and holds what it shows (the
  // partner), and the row's click handler opens the case for it (Enter and Space click a button).
  partner: (row) => (
    <>
      <button
        type="button"
        className="link open-case"
        title={row.partnerName}
        aria-label={t('sla.openCaseOf', { partner: row.partnerName, ref: row.vendorRef || row.customer }).trim()}
      >
        {row.partnerName}
      </button>
      <small className="sub" title={row.customer}>
        {row.customer}
      </small>
    </>
  ),
  level: (row) => word(`catalog.levels.${row.level}`),
  severity: (row) => <ShortSeverityCell row={row} />,
  vendorRef: (row) => <span title={row.vendorRef}>{row.vendorRef}</span>,
};

type RowProps = {
  row: ClockRow;
  /** The row's place in the whole board (the header is row 1 for assistive technology). */
  index: number;
  status: ClockStatusKind;
  columns: readonly ColumnId[];
  /** The cells are worded in this language: a new one renders the row again. */
  language: string;
  /** The case just logged, shown for a moment (the view clears it). */
  highlighted: boolean;
  onOpen: (row: ClockRow) => void;
  /** Copies a breached case's escalation (the status cell's button). */
  onCopy: (row: ClockRow) => void;
};

/**
 * One case's row. A click anywhere on it opens the case, except one that ends selecting its text
 * (a vendor reference copied). Memoised on the case, its place, its status, the language and the
 * highlight: while the board scrolls only the rows coming into view render, and a tick renders
 * only the time-left cells.
 */
export const SlaRow = memo(function SlaRow({ row, index, status, columns, highlighted, onOpen, onCopy }: RowProps) {
  const open = (event: MouseEvent<HTMLTableRowElement>) => {
    const selection = event.currentTarget.ownerDocument.getSelection();
    // A drag that selected some of the row's text is no click on it; Enter on the button (detail 0) always is.
    if (event.detail > 0 && selection && !selection.isCollapsed && selection.containsNode(event.currentTarget, true)) return;
    onOpen(row);
  };
  return (
    <tr aria-rowindex={index + 2} style={ROW_STYLE} className={`sla-row ${status}${highlighted ? ' just-logged' : ''}`} data-case-id={row.id} onClick={open}>
      {columns.map((id) => (
        <td key={id}>{CELLS[id](row, status, onCopy)}</td>
      ))}
    </tr>
  );
});
