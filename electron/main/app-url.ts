/**
 * Whether `url` is one of the renderer's own pages: the built index.html (file:) or the dev
 * server's origin. main answers IPC only from such a frame and lets the window navigate only there.
 * A file: URL has no web origin, so its host and path are compared: `file://server/…` (a UNC share
 * on Windows) is another place than `file:///…` with the same path.
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(rendererUrl);
    if (app.protocol !== 'file:') return target.origin === app.origin;
    return target.protocol === 'file:' && target.host === app.host && target.pathname === app.pathname;
  } catch {
    return false;
  }
}
