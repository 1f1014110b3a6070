import { describe, expect, it } from 'vitest';

import { isAppUrl } from './app-url';

describe('isAppUrl', () => {
  const built = 'file:///opt/desk/resources/app/out/renderer/index.html';

  it('accepts the built page, with or without a hash', () => {
    expect(isAppUrl(built, built)).toBe(true);
    expect(isAppUrl(`${built}#/partners`, built)).toBe(true);
  });

  it('refuses other local files and any web page', () => {
    expect(isAppUrl('file:///etc/passwd', built)).toBe(false);
    expect(isAppUrl('https://evil.example/index.html', built)).toBe(false);
    expect(isAppUrl('', built)).toBe(false);
  });

  it('compares the host of a file: URL too (a share on another machine is another place)', () => {
    expect(isAppUrl('file://fileserver/opt/desk/resources/app/out/renderer/index.html', built)).toBe(false);
    expect(isAppUrl(built, 'file://fileserver/opt/desk/resources/app/out/renderer/index.html')).toBe(false);
  });

  it('accepts the dev server by origin only', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/some/route', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});
