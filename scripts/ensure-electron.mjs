#!/usr/bin/env node
// Runs before electron-vite in `npm start` and `npm run dev`. Electron 45 no longer downloads its
// binary at `npm install`, and electron-vite's preview and dev stop with "Electron uninstall"
// without it: this checks Node, fetches the binary with Electron's own install.js on the first
// start, and stops with one sentence (no stack trace) when that cannot work.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { electronMirror, hostOf, probe, probeTargets, proxyInUse } from './lib/download-host.mjs';
import { firstErrorLine, startInstallFailed, startSkipped, startUnreachable } from './lib/download-messages.mjs';
import { binaryState, readBinaryFacts } from './lib/electron-binary.mjs';
import { nodeVersionProblem } from './lib/node-version.mjs';

const PROBE_TIMEOUT_MS = 5000;

function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return stop('Electron is not installed in node_modules: run npm install first, then npm start.');
  }
}

function isSet(value) {
  return value !== undefined && !['', '0', 'false'].includes(value.trim().toLowerCase());
}

const nodeProblem = nodeVersionProblem(process.version, 'start the app');
if (nodeProblem) stop(nodeProblem);

const electronDir = electronPackageDir();
const facts = readBinaryFacts(electronDir);
const version = facts.expectedVersion;
if (binaryState(facts) === 'ready') process.exit(0);
if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) stop(startSkipped({ version }));

console.log(`Downloading Electron ${version} for this platform (once; about 100 MB)...`);
const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'inherit', 'pipe'],
  encoding: 'utf8',
});
if (install.status === 0 && binaryState(readBinaryFacts(electronDir)) === 'ready') process.exit(0);

// Say why: the host (or the proxy) not answering is the usual cause, and install.js's own
// "fetch failed" does not tell it.
const [target] = probeTargets([electronMirror(process.env)], process.env);
const reason = await probe(target, PROBE_TIMEOUT_MS);
const proxy = proxyInUse(process.env) !== null;
stop(
  reason
    ? startUnreachable({ version, host: hostOf(target), proxy, reason })
    : startInstallFailed({ version, detail: firstErrorLine(install.stderr ?? install.error?.message ?? '') }),
);
