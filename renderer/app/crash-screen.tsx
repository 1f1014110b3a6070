import { useEffect, useRef, useState } from 'react';

import { ApiError, call } from '../api/bridge';
import { crashText } from './crash-text';

import './crash-screen.css';

type Props = {
  /** Main's id for the error once it is logged; null when it could not be; undefined while asking. */
  errorId: string | null | undefined;
};

/** Shown instead of a blank page when a screen fails to render: what happened and the way on. */
export function CrashScreen({ errorId }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  // Straight to the save dialog, without partner data: this screen depends on as little as it can.
  const save = async () => {
    setSaving(true);
    try {
      const { path } = await call('app/save-diagnostics', { includeData: false });
      if (path) setSaved(crashText('saved', { path }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setSaved(crashText('saveFailed'));
    } finally {
      setSaving(false);
    }
  };

  const what = errorId ? crashText('logged', { errorId }) : crashText(errorId === null ? 'notLogged' : 'logging');
  return (
    <main className="crash-screen" aria-labelledby="crash-title">
      <h1 id="crash-title" ref={heading} tabIndex={-1}>
        {crashText('title')}
      </h1>
      <p aria-live="polite">{what}</p>
      <p>{crashText('next')}</p>
      <div className="crash-actions">
        <button type="button" className="primary" onClick={() => location.reload()}>
          {crashText('reload')}
        </button>
        <button type="button" disabled={saving} aria-describedby="crash-save-hint" onClick={() => void save()}>
          {crashText('saveDiagnostics')}
        </button>
      </div>
      <p id="crash-save-hint" className="hint">
        {crashText('saveHint')}
      </p>
      <p role="status">{saved}</p>
    </main>
  );
}
