import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { pickerDate } from './date-field-text';
import { monthKeyTarget, shiftMonthBy } from './month-field-keys';

import './date-field.css';

type Props = {
  /** The field's month (YYYY-MM) or '' when none. */
  value: string;
  /** T1: this month in Beijing, outlined. */
  current: string;
  max?: string | undefined;
  onPick: (month: string) => void;
};

const ROWS = [
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 9],
  [10, 11, 12],
] as const;

/**
 * A year and its twelve months in the app's language, for a month field: the year's buttons either
 * side, one Tab stop in the months (the field's month, or this month) and the keys of a grid.
 */
export function MonthPicker({ value, current, max, onPick }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [focused, setFocused] = useState(value || current);
  const grid = useRef<HTMLTableElement>(null);
  // The focus follows the keys (and starts on the month on opening), not the year's buttons.
  const follow = useRef(true);
  const year = focused.slice(0, 4);
  // "March" / "3月" on the button, read as "March 2026" / "2026年3月" (the words shown come first, WCAG 2.5.3).
  const shown = (month: string) =>
    new Intl.DateTimeFormat(lng, lng.startsWith('zh') ? { month: 'numeric' } : { month: 'long' }).format(pickerDate(`${month}-01`));
  const named = (month: string) => new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'long' }).format(pickerDate(`${month}-01`));
  const yearName = new Intl.DateTimeFormat(lng, { year: 'numeric' }).format(pickerDate(`${year}-01-01`));

  useEffect(() => {
    if (follow.current) grid.current?.querySelector<HTMLButtonElement>(`button[data-month="${focused}"]`)?.focus();
    follow.current = false;
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = monthKeyTarget(focused, event.key);
    if (!next) return;
    event.preventDefault();
    follow.current = true;
    setFocused(next);
  };

  return (
    <div className="month-picker">
      <div className="month-picker-head">
        <button type="button" aria-label={t('common.date.previousYear')} onClick={() => setFocused(shiftMonthBy(focused, -12))}>
          ‹
        </button>
        <span aria-live="polite">{yearName}</span>
        <button type="button" aria-label={t('common.date.nextYear')} onClick={() => setFocused(shiftMonthBy(focused, 12))}>
          ›
        </button>
      </div>
      <table ref={grid} role="grid" className="month-grid-picker" aria-label={t('common.date.monthsOf', { year: yearName })} onKeyDown={onKeyDown}>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row[0]}>
              {row.map((m) => {
                const month = `${year}-${String(m).padStart(2, '0')}`;
                const late = !!max && month > max;
                return (
                  <td key={m} role="gridcell" aria-selected={month === value}>
                    <button
                      type="button"
                      data-month={month}
                      tabIndex={month === focused ? 0 : -1}
                      className={[month === current ? 'current' : '', month === value ? 'selected' : ''].join(' ').trim() || undefined}
                      aria-disabled={late || undefined}
                      aria-label={named(month)}
                      onClick={() => !late && onPick(month)}
                    >
                      {shown(month)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
