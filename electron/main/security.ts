import { shell, type BrowserWindow, type Session, type WebContents } from 'electron';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** The renderer's own pages: the built files, or the dev server while developing. */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(rendererUrl);
    return app.protocol === 'file:' ? target.protocol === 'file:' && target.pathname === app.pathname : target.origin === app.origin;
  } catch {
    return false;
  }
}

/** Navigation and new windows are denied; web links open in the system browser instead. */
export function lockDownContents(contents: WebContents, rendererUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, rendererUrl)) return;
    event.preventDefault();
    if (isWebLink(url)) void shell.openExternal(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, notifications-by-page, geolocation…: the page asks for nothing. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function secureWebPreferences(preload: string): Electron.WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    spellcheck: false,
  };
}

export type { BrowserWindow };
