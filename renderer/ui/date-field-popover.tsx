import { type ReactNode, useState } from 'react';

/** A CSS anchor name of a field, from React's id (which holds characters a dashed ident cannot). */
export const anchorOf = (id: string): string => `--picker-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;

type Props = {
  id: string;
  /** The button's name and the picker's ("Choose from a calendar"). */
  label: string;
  /** What the field holds, read after the button's name (the field's own input). */
  describedBy: string;
  /** The picker, drawn only while open so it opens on the field's value; `close` returns focus to the button. */
  children: (close: () => void) => ReactNode;
};

/**
 * The button beside a date or month field and the picker it opens: a popover in the top layer
 * (above a modal dialog too), placed under the field by CSS anchor positioning (date-field.css).
 * The browser closes it on Escape or a click outside; the picker is dropped only once it is
 * closed, so the focus (on a day) can go back to the button.
 */
export function PickerPopover({ id, label, describedBy, children }: Props) {
  const [open, setOpen] = useState(false);
  const close = () => {
    document.getElementById(`${id}-picker`)?.hidePopover();
    document.getElementById(`${id}-picker-button`)?.focus();
  };
  return (
    <>
      <button
        id={`${id}-picker-button`}
        type="button"
        className="picker-button"
        popoverTarget={`${id}-picker`}
        aria-label={label}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        aria-expanded={open}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" />
          <path d="M4 8.5h2v2H4zM7 8.5h2v2H7zM10 8.5h2v2h-2z" fill="currentColor" />
        </svg>
      </button>
      <div
        id={`${id}-picker`}
        popover="auto"
        role="dialog"
        aria-label={label}
        className="picker-popover"
        style={{ positionAnchor: anchorOf(id) }}
        onToggle={(e) => {
          // Drawn once shown (so the picker can focus its day), dropped once hidden.
          if (e.newState === 'open') return setOpen(true);
          // Closed by Escape (or a pick): the focus goes back to the button, unless the user clicked elsewhere.
          const focused = document.activeElement;
          if (!focused || focused === document.body || e.currentTarget.contains(focused)) document.getElementById(`${id}-picker-button`)?.focus();
          setOpen(false);
        }}
      >
        {open && children(close)}
      </div>
    </>
  );
}
