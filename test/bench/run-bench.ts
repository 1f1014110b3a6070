// `npm run bench [-- --json <file>] [-- --runs N]`: every performance figure on the large portfolio
// (300 partners, 3 years), its median and p95, its target, and the baselines measured in the same
// run. Not part of `npm test`. Needs a built renderer for the SLA figures (npm run build).
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs/promises';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { addMonths, beijingDateOf, monthOf } from '@core/time';
import { openDesk } from '@main/desk';
import { generatePortfolio } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';

import { testServices } from '../builders/services';
import { lowdbOneFile, sqliteBaseline } from './baselines';
import { type Figure, percentile, printTable, writeJson } from './bench-figures';
import { billingFigure, logCaseFigure, newCase, quotaFigure, quotaSummaryFigure, xlsxYearFigure } from './desk-figures';
import { importFigures } from './import-figure';
import { searchFigures } from './search-figure';
import { slaFigures } from './sla-figure';
import { startFigure } from './start-figure';
import { syncFigures } from './sync-figure';
import { todayFigure } from './today-figure';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    runs: { type: 'string', default: '40' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-sync': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
// Real time, so the page's clocks tick as a manager's would; the portfolio ends today.
const NOW = new Date();
const TODAY = beijingDateOf(NOW.getTime());

async function main() {
  const root = await mkdtemp(join(tmpdir(), 'psd-bench-'));
  const dir = join(root, 'data');
  try {
    const started = performance.now();
    const portfolio = generatePortfolio({ partners: 300, months: 36, seed: 20260101, until: TODAY, unanswered: 5000 });
    const seeding = await openDesk({ dataDir: dir, services: testServices({ now: () => NOW }) });
    await writePortfolio(seeding.store, portfolio);
    await seeding.close();
    console.log(
      `Large portfolio: ${portfolio.desk.partners.length} partners, ${portfolio.cases.length} cases, ${portfolio.bookings.length} bookings (generated and stored in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );

    // Cold opens, each in a fresh process, as the app starts.
    const opens = Array.from(
      { length: 7 },
      () =>
        JSON.parse(
          execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'test/bench/open-probe.ts', dir, NOW.toISOString()], { encoding: 'utf8' }),
        ) as { openMs: number; rssMb: number; heapMb: number; partners: number; cases: number; notices: number },
    );
    for (const o of opens)
      if (o.cases !== portfolio.cases.length || o.partners !== portfolio.desk.partners.length || o.notices !== 0)
        throw new Error(`Benchmark check failed: an open found ${o.cases} cases and ${o.partners} partners`);
    const figures: Figure[] = [
      { name: 'open the large portfolio (read, validate, answer)', unit: 'ms', samples: opens.map((o) => o.openMs), target: 300 },
      {
        name: 'main-process memory, large portfolio open (RSS)',
        unit: 'MB',
        samples: opens.map((o) => o.rssMb),
        target: 300,
        note: `JS heap after GC: median ${opens
          .map((o) => o.heapMb)
          .sort((a, b) => a - b)[3]!
          .toFixed(0)} MB; plain Node with tsx, not Electron`,
      },
    ];

    const services = testServices({ now: () => NOW }, join(root, 'exports'));
    // The store's reads of day files, counted: a summary from the facts must read none.
    let dayReads = 0;
    const readFile = ((path: Parameters<typeof nodeFs.readFile>[0], options?: Parameters<typeof nodeFs.readFile>[1]) => {
      if (String(path).includes(join(dir, 'cases'))) dayReads += 1;
      return nodeFs.readFile(path, options);
    }) as typeof nodeFs.readFile;
    const baselineDir = join(root, 'baselines');
    await mkdir(baselineDir, { recursive: true });
    // SQLite's rows are written turn about with the desk's cases: the same disk at the same moments.
    const sqlite = await sqliteBaseline(baselineDir, portfolio.cases);
    const sqliteSamples: number[] = [];
    const like = portfolio.cases[0]!;
    const desk = await openDesk({ dataDir: dir, services, fs: { ...nodeFs, readFile } });
    const logged = await logCaseFigure(
      desk,
      RUNS,
      NOW,
      typeof sqlite === 'string' ? undefined : (i) => sqliteSamples.push(sqlite.insert(newCase(like, `sqlite-${i}`))),
    );
    // And the same number back to back, the desk idle: what SQLite gives on a disk to itself.
    const sqliteAlone = typeof sqlite === 'string' ? [] : Array.from({ length: RUNS }, (_, i) => sqlite.insert(newCase(like, `sqlite-alone-${i}`)));
    if (typeof sqlite !== 'string') sqlite.close();
    figures.push(logged);
    const cases = await desk.store.collection('cases').all();
    const lowdb = await lowdbOneFile(baselineDir, cases, (i) => newCase(cases[0]!, `lowdb-${i}`), Math.min(RUNS, 10));
    figures.push({ name: "  baseline: lowdb's JSONFile, all cases in one file", unit: 'ms', samples: lowdb, target: null, baselineOf: logged.name });
    figures.push(
      typeof sqlite === 'string'
        ? { name: '  baseline: better-sqlite3 synchronous=FULL, one row', unit: 'ms', samples: [], target: null, note: sqlite }
        : {
            name: '  baseline: better-sqlite3 synchronous=FULL, one row',
            unit: 'ms',
            samples: sqliteSamples,
            target: null,
            baselineOf: logged.name,
            note: "one row after each of the desk's cases, turn about",
          },
    );
    if (typeof sqlite !== 'string')
      figures.push(
        { name: '  the same, back to back, the desk idle', unit: 'ms', samples: sqliteAlone, target: null, baselineOf: logged.name },
        {
          name: 'log one case ÷ better-sqlite3, at p95 (turn about)',
          unit: '×',
          samples: [percentile(logged.samples, 95) / percentile(sqliteSamples, 95)],
          target: 10,
          note: `at the median: ${(percentile(logged.samples, 50) / percentile(sqliteSamples, 50)).toFixed(1)}×`,
        },
      );
    figures.push(await quotaFigure(desk, 15, TODAY));
    figures.push(await todayFigure(desk, 15, () => dayReads));
    figures.push(await quotaSummaryFigure(desk, 15, monthOf(addMonths(TODAY, -12)), NOW, () => dayReads));
    const lastYear = Number(TODAY.slice(0, 4)) - 1;
    figures.push(await billingFigure(desk, 15, lastYear, 12), await billingFigure(desk, 15, lastYear, 24));
    figures.push(await xlsxYearFigure(desk, () => services.saved.at(-1), 3, lastYear));
    figures.push(...(await searchFigures(desk, 10, () => dayReads)));
    const onBoard = (await desk.store.collection('cases').all()).filter((c) => c.state === 'open' || c.state === 'responded').length;
    await desk.close();
    figures.push(...(await importFigures({ dir, root, now: NOW, runs: Math.min(RUNS, 5) })));
    if (values['skip-sync'])
      figures.push({ name: 'team sync: the large portfolio to an empty desk', unit: 's', samples: [], target: 60, note: 'skipped (--skip-sync)' });
    else figures.push(...(await syncFigures(dir, root, NOW)));
    if (values['skip-browser']) figures.push({ name: 'SLA clocks in Chromium', unit: 'ms', samples: [], target: 8, note: 'skipped (--skip-browser)' });
    else figures.push(await startFigure(dir, NOW, Math.min(RUNS, 15)), ...(await slaFigures(dir, NOW, onBoard)));

    printTable(figures);
    if (values.json) {
      await writeJson(values.json, figures);
      console.log(`\nEvery figure written to ${values.json}`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
