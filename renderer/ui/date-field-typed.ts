import { useState } from 'react';

export type Read<P> = { ok: true; value: string } | ({ ok: false } & P);

export type TypedText<P> = ReturnType<typeof useTypedText<P>>;

/**
 * The text a date, month or time field shows, kept apart from the value the form holds. Each
 * keystroke hands the form what the text means now (the value, or '' while it means nothing, so a
 * form never keeps an old date the user has typed over); the problem is shown once the user leaves
 * the field or presses Enter, not while they type. A value set from outside (a date offered by a
 * refusal, a zone switched) replaces the text; a value the text itself gave does not, so
 * "2026-3-1" stays as typed until the field is left.
 */
export function useTypedText<P>(value: string, read: (text: string) => Read<P>, onChange: (value: string) => void) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [settled, setSettled] = useState(false);
  const meaning = (t: string) => {
    const r = read(t);
    return r.ok ? r.value : '';
  };
  if (value !== seen) {
    setSeen(value);
    if (value !== meaning(text)) {
      setText(value);
      setSettled(false);
    }
  }
  const current = read(text);
  return {
    text,
    /** Why the text is refused, once the user has left the field; null while it is empty or good. */
    problem: settled && !current.ok && text.trim() !== '' ? current : null,
    type: (next: string) => {
      setText(next);
      setSettled(false);
      const meant = meaning(next);
      if (meant !== value) onChange(meant);
    },
    /** The user left the field (or pressed Enter): show the value in the app's form, or say what is wrong. */
    settle: () => {
      if (current.ok) setText(current.value);
      setSettled(true);
    },
    pick: (picked: string) => {
      setText(picked);
      setSettled(false);
      if (picked !== value) onChange(picked);
    },
  };
}
