#!/usr/bin/env node
// `npm test`: every check the project has, in order, then one closing line with the counts.
// Runs each step even when an earlier one fails, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join(process.cwd(), 'test-results', 'run-all');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${name}: ${status === 0 ? 'ok' : `FAILED (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (status !== 0) failedSteps.push(name);
  return status === 0;
}

function vitest(name, project, tz) {
  const out = join(results, `${project}-${tz.replace('/', '_')}.json`);
  run(`${name} (TZ=${tz})`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${out}`], { TZ: tz });
  if (!existsSync(out)) return void totals.failed++;
  const report = JSON.parse(readFileSync(out, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}

function conformance(folder, tz) {
  const name = `conformance on ${folder} (TZ=${tz})`;
  console.log(`\n=== ${name}`);
  const { status, stdout, stderr } = spawnSync('npx', ['tsx', 'test/conformance/cli.ts', folder], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  const counts = /^(\d+) passed, (\d+) failed$/m.exec(stdout);
  if (counts) {
    totals.passed += Number(counts[1]);
    totals.failed += Number(counts[2]);
  }
  if (status !== 0 || !counts) {
    failedSteps.push(name);
    if (!counts) totals.failed++;
  }
}

/**
 * The Electron binary the smoke tests would start: the packaged app named by PSD_ELECTRON_APP, or
 * node_modules' Electron (absent when installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1). Read from
 * path.txt, never require('electron'), which tries to download it. test/electron/electron-app.ts
 * finds it the same way.
 */
function electronBinary() {
  const packaged = process.env.PSD_ELECTRON_APP;
  // Named but absent is a mistake in the machine's set-up, not a machine without Electron.
  if (packaged) return existsSync(packaged) ? { packaged: true } : { misconfigured: `PSD_ELECTRON_APP=${packaged} does not exist` };
  const pathFile = join('node_modules', 'electron', 'path.txt');
  const binary = existsSync(pathFile) ? join('node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (binary && existsSync(binary)) return { packaged: false };
  return { missing: 'no Electron binary on this machine (its download host cannot be reached, so it is installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)' };
}

/**
 * The Electron smoke tests (test/electron) where a binary exists. Where none does they are not run,
 * never counted as passed, and do not fail the run; the line saying so is returned for the summary.
 */
function electronSmokeTests(built) {
  const name = 'Electron smoke tests';
  const config = ['playwright', 'test', '-c', 'playwright.electron.config.ts'];
  const binary = electronBinary();
  if (binary.misconfigured) {
    console.log(`\n=== ${name}: FAILED (${binary.misconfigured})`);
    failedSteps.push(`${name} (not run: ${binary.misconfigured})`);
    return null;
  }
  if (!binary.missing && !binary.packaged && !built) {
    failedSteps.push(`${name} (not run: the build failed)`);
    return null;
  }
  if (!binary.missing) {
    const report = 'test-results/electron.json';
    rmSync(report, { force: true });
    run(name, 'npx', config);
    if (!existsSync(report)) return void totals.failed++;
    const { stats } = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += stats.expected;
    totals.failed += stats.unexpected + stats.flaky;
    totals.skipped += stats.skipped;
    return null;
  }
  console.log(`\n=== ${name}`);
  // Listing loads every spec file without starting Electron, so a broken one still fails the run.
  const { status, stdout, stderr } = spawnSync('npx', [...config, '--list', '--reporter=list'], { encoding: 'utf8' });
  const listed = /^Total: (\d+) tests? in (\d+) files?$/m.exec(stdout);
  if (status !== 0 || !listed) {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    failedSteps.push(`${name} (listing them failed)`);
  }
  const line = `Not run: ${listed ? listed[1] : 'the'} Electron smoke tests (test/electron) — ${binary.missing}; they run on the networked CI (.github/workflows/ci.yml).`;
  console.log(line);
  console.log(`=== ${name}: not run`);
  return line;
}

run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
run('typecheck', 'npm', ['run', '-s', 'typecheck']);
vitest('unit tests', 'unit', 'Asia/Shanghai');
vitest('unit tests', 'unit', 'America/Los_Angeles');
vitest('integration tests', 'integration', 'Europe/Berlin');
// The shared worked examples, and the project's own edge cases written from the same rules.
for (const folder of ['../shared/spec/cases', 'test/conformance/cases']) {
  conformance(folder, 'America/Los_Angeles');
  conformance(folder, 'Europe/Berlin');
}
/**
 * A check that is one command (the torture run, the IPC fuzzer): counted as one test, passed
 * when the command exits 0. Its own figures are printed above its closing line.
 */
function check(name, command, args) {
  if (run(name, command, args)) totals.passed++;
  else totals.failed++;
}

// Short runs of the reliability suites (issue 13); the README records a long run of each.
check('torture: 50 kills of a desk at random moments', 'npx', ['tsx', 'test/torture/torture-cli.ts', '--kills', '50']);
check('fuzz-ipc: 5,000 generated and hostile requests on every channel', 'npx', ['tsx', 'test/fuzz/fuzz-cli.ts', '--calls', '5000']);
const built = run('build', 'npx', ['electron-vite', 'build']);
if (built) {
  run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = 'test-results/e2e.json';
  if (existsSync(e2e)) {
    const { stats } = JSON.parse(readFileSync(e2e, 'utf8'));
    totals.passed += stats.expected;
    totals.failed += stats.unexpected + stats.flaky;
    totals.skipped += stats.skipped;
  }
} else {
  failedSteps.push('end-to-end tests (not run: the build failed)');
}
const notRun = electronSmokeTests(built);

// A skipped test left in is a defect, not a pass.
if (totals.skipped > 0) failedSteps.push(`${totals.skipped} skipped test(s)`);
console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
if (notRun) console.log(notRun);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
