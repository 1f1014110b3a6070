#!/usr/bin/env node
// `npm run dist` (installers for this OS) and `npm run package:smoke` (an unpacked app for CI's
// Electron tests): checks at once that the download hosts answer, then builds and packages.
// Arguments go on to electron-builder (`npm run dist -- --publish always`).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { builderArgs } from './lib/builder-args.mjs';
import { builderBinariesMirror, electronMirror, hostOf, probe, probeTargets, proxyInUse } from './lib/download-host.mjs';
import { distUnreachable } from './lib/download-messages.mjs';
import { nodeVersionProblem } from './lib/node-version.mjs';

const PROBE_TIMEOUT_MS = 5000;
const require = createRequire(import.meta.url);

function stop(sentence) {
  console.error(sentence);
  process.exit(1);
}

/** Runs a package's own bin with this Node (no shell, so Windows paths with spaces are safe). */
function runBin(pkg, bin, args) {
  const manifest = require(`${pkg}/package.json`);
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  const { status } = spawnSync(process.execPath, [join(dirname(require.resolve(`${pkg}/package.json`)), entry), ...args], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exit(status ?? 1);
}

const nodeProblem = nodeVersionProblem(process.version, 'build installers');
if (nodeProblem) stop(nodeProblem);

// Electron's zip and electron-builder's tools (NSIS, AppImage, fpm) both come from these hosts.
const targets = probeTargets([electronMirror(process.env), builderBinariesMirror(process.env)], process.env);
const proxy = proxyInUse(process.env) !== null;
const failures = await Promise.all(targets.map(async (url) => ({ url, reason: await probe(url, PROBE_TIMEOUT_MS) })));
const failed = failures.find(({ reason }) => reason !== null);
if (failed) stop(distUnreachable({ host: hostOf(failed.url), proxy, reason: failed.reason }));

runBin('electron-vite', 'electron-vite', ['build']);
runBin('electron-builder', 'electron-builder', builderArgs(process.argv.slice(2)));
