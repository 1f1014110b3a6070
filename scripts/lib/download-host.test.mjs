import { describe, expect, it } from 'vitest';

import { builderBinariesMirror, electronMirror, hostOf, probe, probeTargets, proxyInUse, unreachableReason } from './download-host.mjs';

function fetchError(code) {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });
}

describe('where downloads come from', () => {
  it('is GitHub unless a mirror is set', () => {
    expect(hostOf(electronMirror({}))).toBe('github.com');
    expect(hostOf(builderBinariesMirror({}))).toBe('github.com');
  });

  it('follows ELECTRON_MIRROR, with .npmrc settings first as @electron/get reads them', () => {
    expect(electronMirror({ ELECTRON_MIRROR: 'https://mirror.example/electron/' })).toBe('https://mirror.example/electron/');
    expect(electronMirror({ ELECTRON_MIRROR: 'https://a.example/', npm_config_electron_mirror: 'https://b.example/' })).toBe('https://b.example/');
    expect(electronMirror({ ELECTRON_MIRROR: '  ' })).toContain('github.com');
  });

  it('probes each distinct host once, or only the proxy when downloads go through one', () => {
    const urls = ['https://github.com/a/', 'https://github.com/b/', 'https://mirror.example/x/'];
    expect(probeTargets(urls, {})).toEqual(['https://github.com/b/', 'https://mirror.example/x/']);
    expect(proxyInUse({ HTTPS_PROXY: 'http://proxy.example:3128' })).toBeNull();
    expect(probeTargets(urls, { ELECTRON_GET_USE_PROXY: '1', HTTPS_PROXY: 'http://proxy.example:3128' })).toEqual(['http://proxy.example:3128']);
  });
});

describe('unreachableReason', () => {
  it('words the usual network failures', () => {
    expect(unreachableReason(fetchError('ENOTFOUND'))).toBe('its name does not resolve');
    expect(unreachableReason(fetchError('ECONNREFUSED'))).toBe('the connection was refused');
    expect(unreachableReason(fetchError('UND_ERR_CONNECT_TIMEOUT'))).toBe('no answer in time');
    expect(unreachableReason(fetchError('SELF_SIGNED_CERT_IN_CHAIN'))).toBe('its TLS certificate is not trusted');
    expect(unreachableReason(Object.assign(new Error('aborted'), { name: 'TimeoutError' }))).toBe('no answer in time');
  });
});

describe('probe', () => {
  it('counts any HTTP answer as reachable, a 404 included', async () => {
    const fetchImpl = async () => new Response(null, { status: 404 });
    expect(await probe('https://mirror.example/electron/', 1000, fetchImpl)).toBeNull();
  });

  it('gives the reason when the request fails', async () => {
    const fetchImpl = async () => {
      throw fetchError('ENOTFOUND');
    };
    expect(await probe('https://github.com/', 1000, fetchImpl)).toBe('its name does not resolve');
  });

  it('gives up after the timeout when the host never answers', async () => {
    const silent = (_url, { signal }) => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    const started = Date.now();
    expect(await probe('https://github.com/', 50, silent)).toBe('no answer in time');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
