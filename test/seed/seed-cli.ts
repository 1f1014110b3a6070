// `npm run seed -- --partners N --years Y --out <folder> [--seed S] [--until YYYY-MM-DD] [--unanswered N]`
// Writes a generated portfolio into an empty data folder, through the store the app uses.
import { readdir } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { openDesk } from '@main/desk';
import { generatePortfolio } from '@main/seed/portfolio';
import { writePortfolio } from '@main/seed/write-portfolio';

import { testServices } from '../builders/services';

const { values } = parseArgs({
  options: {
    partners: { type: 'string', default: '300' },
    years: { type: 'string', default: '3' },
    out: { type: 'string' },
    seed: { type: 'string', default: '20260101' },
    // A fixed default "today", so the same command always writes the same portfolio.
    until: { type: 'string', default: '2026-11-26' },
    unanswered: { type: 'string', default: '0' },
  },
});

async function main() {
  if (!values.out) throw new Error('Say where to write the portfolio: --out <folder>');
  const existing = await readdir(values.out).catch(() => [] as string[]);
  if (existing.length > 0) throw new Error(`${values.out} is not empty; the generator only writes into an empty data folder.`);
  const started = performance.now();
  const portfolio = generatePortfolio({
    partners: Number(values.partners),
    months: Math.round(Number(values.years) * 12),
    seed: Number(values.seed),
    until: values.until,
    unanswered: Number(values.unanswered),
  });
  const generated = performance.now();
  const desk = await openDesk({ dataDir: values.out, services: testServices({ now: () => new Date(`${values.until}T02:30:00Z`) }) });
  await writePortfolio(desk.store, portfolio);
  await desk.close();
  const { desk: d, cases, bookings } = portfolio;
  console.log(
    `${d.partners.length} partners, ${cases.length} cases, ${bookings.length} bookings, ${d.packs.length} packs, ${d.charges.length} charges → ${values.out}`,
  );
  console.log(`generated in ${((generated - started) / 1000).toFixed(1)} s, written in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
