import { type Session, shell, type WebContents } from 'electron';

import { isAppUrl } from './app-url';

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

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
