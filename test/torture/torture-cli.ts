// `npm run torture -- --kills N [--seed S] [--json out.json] [--keep]`: kill -9 a desk at random
// moments, over and over, on one data folder, and check after each kill that nothing acknowledged
// was lost and nothing was half-written. Exits non-zero on any failure, printing the seed.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { DAY_MS } from '@core/time';
import { seededRandom } from '@main/seed/random';

import { bundleChild } from './bundle-child';
import { Expectations } from './expectations';
import { emptyFigures, printFigures } from './figures';
import { reopenAndRead } from './reopen-check';
import { TortureRun } from './torture-run';

const USAGE = 'usage: npm run torture -- --kills N [--seed S] [--json out.json] [--keep]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { kills: { type: 'string', default: '50' }, seed: { type: 'string' }, json: { type: 'string' }, keep: { type: 'boolean', default: false } },
  });
  const kills = Number(values.kills);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed) || seed < 0) throw new Error(USAGE);
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'psd-torture-'));
  const dataDir = join(work, 'data');
  await mkdir(join(work, 'logs'));
  console.log(`Torture: ${kills} kills, seed ${seed}, folder ${dataDir}`);
  const script = await bundleChild(work);
  const figures = emptyFigures(seed);
  // Within the shipped calendar's years (2020-2026) for a thousand rounds of four hours.
  const clockStart = Date.parse('2026-02-01T01:00:00Z') + (seed % 60) * DAY_MS;

  // The empty folder, as the first child will find it.
  const first = await reopenAndRead(dataDir, clockStart);
  if (!first.state) throw new Error(first.failures.join('; '));
  const run = new TortureRun({
    script,
    work,
    dataDir,
    seed,
    clockStart,
    kills,
    random: seededRandom(seed),
    figures,
    expectations: new Expectations(first.state),
  });
  for (let round = 1; round <= kills; round++) {
    if (!(await run.round(round))) {
      console.log(`  stopped at round ${round}: the folder could not be reopened`);
      break;
    }
    if (round % 10 === 0) console.log(`  round ${round}/${kills}: ${figures.acknowledged} acknowledged, ${figures.failures.length} failures`);
  }

  figures.seconds = (performance.now() - started) / 1000;
  printFigures(figures, `npm run torture -- --kills ${kills}`);
  if (values.json) await writeFile(values.json, JSON.stringify(figures, null, 2));
  // A failing run keeps its folder, logs and the copy made at the first failure.
  if (values.keep || figures.failures.length > 0) console.log(`  kept: ${work}`);
  else await rm(work, { recursive: true, force: true });
  return figures.failures.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
