// `npm run fuzz-ipc -- --calls N [--seed S] [--json out.json] [--timeout MS]`
// Sends N generated and hostile requests over every IPC channel to a real desk in a temp folder;
// exits non-zero on any INTERNAL answer, thrown error, hang, or refused call that changed data.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { type FuzzReport, runFuzz } from './run-fuzz';
import { toSource } from './to-source';

const { values } = parseArgs({
  options: {
    calls: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    timeout: { type: 'string', default: '10000' },
  },
});

/** One line per channel: its slowest call and all its calls in ms, its answers by code (ok first, then the most frequent). */
function table(report: FuzzReport): string {
  const width = Math.max(...Object.keys(report.byChannel).map((c) => c.length));
  const header = `${'channel'.padEnd(width)} ${'max'.padStart(5)} ${'total'.padStart(6)}  answers`;
  return [
    header,
    ...Object.entries(report.byChannel)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([channel, tally]) => {
        const codes = Object.entries(tally).sort(([a, x], [b, y]) => (a === 'ok' ? -1 : b === 'ok' ? 1 : y - x));
        const slowest = `${Math.round(report.slowest[channel] ?? 0)}`.padStart(5);
        const spent = `${Math.round(report.spent[channel] ?? 0)}`.padStart(6);
        return `${channel.padEnd(width)} ${slowest} ${spent}  ${codes.map(([code, n]) => `${code} ${n}`).join(', ')}`;
      }),
  ].join('\n');
}

async function main(): Promise<number> {
  const calls = Number(values.calls);
  const seed = Number(values.seed);
  if (!Number.isInteger(calls) || calls < 1 || !Number.isInteger(seed)) throw new Error('--calls must be a positive whole number and --seed a whole number.');
  const report = await runFuzz({ calls, seed, timeoutMs: Number(values.timeout) });
  console.log(table(report));
  for (const failure of report.failures.slice(0, 20)) {
    console.log(
      `\n${failure.kind.toUpperCase()} at call ${failure.call} (replay: --seed ${seed} --calls ${failure.call + 1}): ${failure.detail.split('\n').slice(0, 6).join('\n')}`,
    );
    console.log(`  await desk.dispatch(${toSource(failure.channel)}, ${toSource(failure.request)});`);
  }
  if (report.failures.length > 20) console.log(`\n… and ${report.failures.length - 20} more failures.`);
  if (values.json)
    await writeFile(
      values.json,
      JSON.stringify({ ...report, failures: report.failures.map((f) => ({ ...f, channel: toSource(f.channel), request: toSource(f.request) })) }, null, 2),
    );
  const { counts } = report;
  console.log(`\nseed ${seed}, ${(report.ms / 1000).toFixed(1)} s`);
  console.log(
    `fuzz-ipc: ${report.calls} calls, ${counts.internal} INTERNAL, ${counts.thrown} thrown, ${counts.hang} hangs, ${counts.changed} refused calls that changed data`,
  );
  return report.failures.length === 0 && report.calls === calls ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
