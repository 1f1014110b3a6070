import { useCallback, useState } from 'react';

import type { ErrorBody } from '@main/ipc/contract';

import { ApiError } from '../api/bridge';

/**
 * A form's call to main: busy while it runs, a refusal kept for the form to word in a sentence.
 * Anything that is not an answer from main is a bug, so it is rethrown rather than hidden.
 */
export function useApiCall(): {
  busy: boolean;
  error: ErrorBody | null;
  setError: (error: ErrorBody | null) => void;
  run: <T>(work: () => Promise<T>) => Promise<{ ok: true; value: T } | { ok: false }>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>) => {
    setBusy(true);
    try {
      const value = await work();
      setError(null);
      return { ok: true as const, value };
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught.body);
      return { ok: false as const };
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, setError, run };
}
