/**
 * Whether `url` is one of the renderer's own pages: the built index.html (file:) or the dev
 * server's origin. main answers IPC only from such a frame and lets the window navigate only there.
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(rendererUrl);
    return app.protocol === 'file:' ? target.protocol === 'file:' && target.pathname === app.pathname : target.origin === app.origin;
  } catch {
    return false;
  }
}
