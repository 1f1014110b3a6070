import type { ReactNode } from 'react';

import { anchorOf, PickerPopover } from './date-field-popover';
import type { TypedText } from './date-field-typed';

import './date-field.css';

type Props = {
  id: string;
  /** date-text or month-text: the width of the text it holds. */
  className: string;
  placeholder: string;
  /** The picker button's name. */
  pickerLabel: string;
  typed: TypedText<{ sentence: string }>;
  invalid?: boolean | undefined;
  describedBy?: string | undefined;
  required?: boolean | undefined;
  autoFocus?: boolean | undefined;
  /** The picker, drawn while open; `close` gives the focus back to the button. */
  picker: (close: () => void) => ReactNode;
};

/** The text a date or month field is typed in, its picker button, and the sentence when the text is refused. */
export function FieldShell({ id, className, placeholder, pickerLabel, typed, invalid, describedBy, required, autoFocus, picker }: Props) {
  const problemId = `${id}-problem`;
  return (
    <div className="date-field">
      <div className="date-field-row" style={{ anchorName: anchorOf(id) }}>
        <input
          id={id}
          type="text"
          className={className}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={typed.text}
          required={required}
          autoFocus={autoFocus}
          aria-invalid={invalid || typed.problem !== null || undefined}
          aria-describedby={[describedBy, typed.problem ? problemId : null].filter(Boolean).join(' ') || undefined}
          onChange={(e) => typed.type(e.target.value)}
          onBlur={typed.settle}
          onKeyDown={(e) => e.key === 'Enter' && typed.settle()}
        />
        <PickerPopover id={id} label={pickerLabel} describedBy={id}>
          {picker}
        </PickerPopover>
      </div>
      {typed.problem && (
        <small id={problemId} role="alert" className="field-error">
          {typed.problem.sentence}
        </small>
      )}
    </div>
  );
}
