import type { ErrorBody } from '@main/ipc/contract';

import { ApiError } from './bridge';

type Busy = { busy: boolean; error: ErrorBody | null };

/**
 * Runs a dialog's call: busy while it runs, a refusal from main kept in `error` for the dialog to
 * word (and null answered); anything else is a bug and is thrown. `around` is set before and after
 * (a progress shown only while the call runs, say).
 */
export async function attempt<S extends Busy, T>(set: (state: Partial<S>) => void, work: () => Promise<T>, around: Partial<S> = {}): Promise<T | null> {
  set({ ...around, busy: true, error: null });
  try {
    return await work();
  } catch (caught) {
    if (!(caught instanceof ApiError)) throw caught;
    set({ error: caught.body } as Partial<S>);
    return null;
  } finally {
    set({ ...around, busy: false });
  }
}
