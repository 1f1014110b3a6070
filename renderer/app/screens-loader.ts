import { useEffect, useState } from 'react';

import { reportPageError } from './report-to-main';

// Every screen but Today is a chunk of its own (screens.tsx). Once loaded, the module is kept
// here and rendered directly: a React.lazy component would suspend on its first render even
// when its chunk is already in, and React holds a suspended screen back for a moment, so a
// screen opened (and the focus moved into it) in the next frame would not be there yet.

export type ScreensModule = typeof import('./screens');

let loaded: ScreensModule | null = null;
let loading: Promise<ScreensModule> | null = null;

/** Loads the other screens once (a failed load is tried again at the next call). */
export function loadScreens(): Promise<ScreensModule> {
  loading ??= import('./screens').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * The other screens' module: loaded at once when `now` (a screen of theirs is wanted), or in
 * the first idle moment when `soon`; `failed` when their chunk could not be loaded.
 */
export function useScreens(now: boolean, soon: boolean): { screens: ScreensModule | null; failed: boolean } {
  const [screens, setScreens] = useState<ScreensModule | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (screens || (!now && !soon)) return;
    let live = true;
    const load = () =>
      loadScreens().then(
        (module) => live && setScreens(module),
        (error: unknown) => {
          void reportPageError('error', error);
          if (live) setFailed(true);
        },
      );
    if (now) {
      void load();
      return () => void (live = false);
    }
    const idle = requestIdleCallback(() => void load(), { timeout: 1000 });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [now, soon, screens]);
  return { screens, failed };
}
