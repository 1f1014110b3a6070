import type { ReactNode } from 'react';

export type FieldProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

type Props = { id: string; label: string; hint?: string | undefined; problem?: string | undefined; children: (field: FieldProps) => ReactNode };

/** A labelled field of the form-grid with its hint and, when the input is refused, the sentence why. */
export function FormRow({ id, label, hint, problem, children }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        {children({ id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy })}
        {hint && (
          <small id={`${id}-hint`} className="hint">
            {hint}
          </small>
        )}
        {problem && (
          <small id={`${id}-error`} role="alert" className="field-error">
            {problem}
          </small>
        )}
      </div>
    </>
  );
}
