import { describe, expect, it } from 'vitest';

import { distUnreachable, firstErrorLine, startInstallFailed, startSkipped, startUnreachable } from './download-messages.mjs';

const oneSentence = (text) => expect(text.split(/[.:]\s+(?=[A-Z])/)).toHaveLength(1);

describe('firstErrorLine', () => {
  it("takes install.js's error line, not its stack", () => {
    const stderr =
      'HTTPError: Response code 404 (Not Found) for https://m.example/v45.5.0/electron.zip\n    at FetchDownloader.download (file:///x.js:46:30)\n';
    expect(firstErrorLine(stderr)).toBe('HTTPError: Response code 404 (Not Found) for https://m.example/v45.5.0/electron.zip');
  });

  it('falls back to the first line, or says there was none', () => {
    expect(firstErrorLine('something odd\n    at x')).toBe('something odd');
    expect(firstErrorLine('')).toBe('no message');
  });
});

describe('the sentences the scripts stop with', () => {
  it('say which host, why, and what to do', () => {
    const sentence = startUnreachable({ version: '45.5.0', host: 'github.com', proxy: false, reason: 'its name does not resolve' });
    expect(sentence).toContain('github.com cannot be reached (its name does not resolve)');
    expect(sentence).toContain('ELECTRON_MIRROR');
    oneSentence(sentence);
  });

  it('name the proxy when downloads go through one', () => {
    expect(startUnreachable({ version: '45.5.0', host: 'proxy.example:3128', proxy: true, reason: 'the connection was refused' })).toContain(
      'the proxy proxy.example:3128 cannot be reached',
    );
  });

  it('carry the error when the host answered but the install failed', () => {
    const sentence = startInstallFailed({ version: '45.5.0', detail: 'Error: checksum mismatch' });
    expect(sentence).toContain('(Error: checksum mismatch)');
    oneSentence(sentence);
  });

  it('explain a skipped download and a build that cannot download', () => {
    oneSentence(startSkipped({ version: '45.5.0' }));
    const dist = distUnreachable({ host: 'github.com', proxy: false, reason: 'no answer in time' });
    expect(dist).toContain('ELECTRON_BUILDER_BINARIES_MIRROR');
    oneSentence(dist);
  });
});
