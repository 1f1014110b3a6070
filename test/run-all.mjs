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
if (run('build', 'npx', ['electron-vite', 'build'])) {
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

// A skipped test left in is a defect, not a pass.
if (totals.skipped > 0) failedSteps.push(`${totals.skipped} skipped test(s)`);
console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join('; ')}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
