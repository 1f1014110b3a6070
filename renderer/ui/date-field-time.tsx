import { useTranslation } from 'react-i18next';

import { DateField } from './date-field';
import { parseTimeText } from './date-field-text';
import { type Read, useTypedText } from './date-field-typed';

import './date-field.css';

type TimeProps = {
  id: string;
  /** The input's name, as no <label> points at it ("Opened at, time (24-hour)"). */
  label: string;
  /** HH:mm, or '' when none. */
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
};

/**
 * A time of day on a 24-hour clock in both languages ("14:30"): Chromium's own time input follows
 * the system's locale and shows 2:30 PM on an English system, whatever the app's language.
 */
export function TimeField({ id, label, value, onChange, invalid, describedBy }: TimeProps) {
  const { t } = useTranslation();
  const read = (text: string): Read<{ sentence: string }> => {
    const parsed = parseTimeText(text);
    if (parsed.ok) return parsed;
    return { ok: false, sentence: parsed.problem === 'format' ? t('common.date.timeFormat') : t('common.date.noSuchTime', { text: text.trim() }) };
  };
  const typed = useTypedText(value, read, onChange);
  const problemId = `${id}-problem`;
  return (
    <div className="date-field">
      <input
        id={id}
        type="text"
        className="time-text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('common.date.timePlaceholder')}
        aria-label={label}
        value={typed.text}
        aria-invalid={invalid || typed.problem !== null || undefined}
        aria-describedby={[describedBy, typed.problem ? problemId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => typed.type(e.target.value)}
        onBlur={typed.settle}
        onKeyDown={(e) => e.key === 'Enter' && typed.settle()}
      />
      {typed.problem && (
        <small id={problemId} role="alert" className="field-error">
          {typed.problem.sentence}
        </small>
      )}
    </div>
  );
}

type DateTimeProps = {
  /** The date input's id, for the form's <label htmlFor>; the time's is `${id}-time`. */
  id: string;
  /** The field's label, to name the time input after it. */
  label: string;
  /** A wall time as "yyyy-MM-ddTHH:mm" (a datetime-local value), either part possibly empty. */
  value: string;
  onChange: (value: string) => void;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  autoFocus?: boolean | undefined;
};

/** A date on the app's date picker and a 24-hour time beside it, held together as "yyyy-MM-ddTHH:mm". */
export function DateTimeField({ id, label, value, onChange, invalid, describedBy, autoFocus }: DateTimeProps) {
  const { t } = useTranslation();
  const [date = '', time = ''] = value.split('T');
  return (
    <div className="date-time-field">
      <DateField id={id} value={date} invalid={invalid} describedBy={describedBy} autoFocus={autoFocus} onChange={(d) => onChange(`${d}T${time}`)} />
      <TimeField
        id={`${id}-time`}
        label={t('common.date.timeOf', { field: label })}
        value={time.slice(0, 5)}
        invalid={invalid}
        describedBy={describedBy}
        onChange={(hm) => onChange(`${date}T${hm}`)}
      />
    </div>
  );
}
