// The one sentence each script stops with when a download cannot happen: what failed, why, and
// what to do. Never a stack trace.

/** The first line of install.js's output that says what went wrong (its stack's "Error: …" line). */
export function firstErrorLine(stderr) {
  const lines = String(stderr)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '));
  return lines.find((line) => /^[\w.]*Error\b/.test(line)) ?? lines[0] ?? 'no message';
}

function where({ host, proxy }) {
  return proxy ? `the proxy ${host}` : host;
}

/** `npm start` / `npm run dev`: Electron's binary is missing and its host cannot be reached. */
export function startUnreachable({ version, host, proxy, reason }) {
  return (
    `Electron ${version} has to be downloaded once before the app can start, but ${where({ host, proxy })} cannot be ` +
    `reached (${reason}): check the network connection or proxy (HTTPS_PROXY with ELECTRON_GET_USE_PROXY=1), or set ` +
    'ELECTRON_MIRROR to a mirror you can reach, then run npm start again.'
  );
}

/** `npm start` / `npm run dev`: the host answered but install.js still failed. */
export function startInstallFailed({ version, detail }) {
  return (
    `Electron ${version} could not be installed (${detail}): check ELECTRON_MIRROR if you set one, or run ` +
    '`node node_modules/electron/install.js` to see the whole error, then run npm start again.'
  );
}

/** `npm start` / `npm run dev` with ELECTRON_SKIP_BINARY_DOWNLOAD set and no binary. */
export function startSkipped({ version }) {
  return (
    `Electron ${version} is not downloaded because ELECTRON_SKIP_BINARY_DOWNLOAD is set: unset it and run npm start ` +
    'again (the build and every test work without it, the window does not).'
  );
}

/** `npm run dist` / `npm run package:smoke`: a download host cannot be reached. */
export function distUnreachable({ host, proxy, reason }) {
  return (
    `Building installers downloads Electron and electron-builder's tools, but ${where({ host, proxy })} cannot be ` +
    `reached (${reason}): check the network connection or proxy, or set ELECTRON_MIRROR and ` +
    'ELECTRON_BUILDER_BINARIES_MIRROR to mirrors you can reach, then run it again.'
  );
}
