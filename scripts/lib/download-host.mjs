// Where Electron and electron-builder's tools are downloaded from, and whether that host answers.
// The mirror variables are the ones @electron/get and electron-builder read, in their order.
const ELECTRON_RELEASES = 'https://github.com/electron/electron/releases/download/';
const BUILDER_BINARIES = 'https://github.com/electron-userland/electron-builder-binaries/releases/download/';

function firstSet(env, names) {
  return names.map((name) => env[name]).find((value) => typeof value === 'string' && value.trim() !== '');
}

export function electronMirror(env) {
  return (
    firstSet(env, ['npm_config_electron_mirror', 'NPM_CONFIG_ELECTRON_MIRROR', 'npm_package_config_electron_mirror', 'ELECTRON_MIRROR']) ?? ELECTRON_RELEASES
  );
}

export function builderBinariesMirror(env) {
  return (
    firstSet(env, [
      'NPM_CONFIG_ELECTRON_BUILDER_BINARIES_MIRROR',
      'npm_config_electron_builder_binaries_mirror',
      'npm_package_config_electron_builder_binaries_mirror',
      'ELECTRON_BUILDER_BINARIES_MIRROR',
    ]) ?? BUILDER_BINARIES
  );
}

/** With ELECTRON_GET_USE_PROXY, downloads go through the proxy, so the proxy is what must answer. */
export function proxyInUse(env) {
  if (!env.ELECTRON_GET_USE_PROXY) return null;
  return firstSet(env, ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) ?? null;
}

export function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Why a request failed, in words, from the error fetch threw (its cause carries the code). */
export function unreachableReason(error) {
  const code = error?.cause?.code ?? error?.code ?? '';
  if (error?.name === 'TimeoutError' || error?.name === 'AbortError' || /TIMEDOUT|TIMEOUT/.test(code)) return 'no answer in time';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its name does not resolve';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset';
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return 'the network is unreachable';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return 'its TLS certificate is not trusted';
  return code || error?.cause?.message || error?.message || 'unknown error';
}

/**
 * null when `url`'s host answers HTTP at all within `timeoutMs` (any status: a mirror's root may
 * well be a 404), else the reason it does not.
 */
export async function probe(url, timeoutMs, fetchImpl = fetch) {
  try {
    const response = await fetchImpl(new URL('/', url), { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await response.body?.cancel();
    return null;
  } catch (error) {
    return unreachableReason(error);
  }
}

/** The hosts to probe for the given download URLs: the proxy when one is in use, else each distinct origin. */
export function probeTargets(urls, env) {
  const proxy = proxyInUse(env);
  if (proxy) return [proxy];
  return [...new Map(urls.map((url) => [hostOf(url), url])).values()];
}
