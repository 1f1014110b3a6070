import { writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';

/** One measured figure: every sample, its target, and whether each timed answer was right. */
export type Figure = { name: string; unit: string; samples: number[]; target: number | null; note?: string; baselineOf?: string };

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] ?? Number.NaN;
};

/** The figure's headline: p95 where the target is a p95, the median otherwise. */
const judged = (f: Figure) => (/p95|tick|frame gap/.test(f.name) ? percentile(f.samples, 95) : percentile(f.samples, 50));

export function summarise(figures: readonly Figure[]) {
  return figures.map((f) => {
    const median = percentile(f.samples, 50);
    const p95 = percentile(f.samples, 95);
    const met = f.target === null || f.samples.length === 0 ? null : judged(f) <= f.target;
    return {
      name: f.name,
      unit: f.unit,
      runs: f.samples.length,
      median,
      p95,
      target: f.target,
      met,
      ...(f.note ? { note: f.note } : {}),
      ...(f.baselineOf ? { baselineOf: f.baselineOf } : {}),
    };
  });
}

export const machine = () =>
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, ${process.platform} ${process.arch}, Node ${process.version}`;

const fmt = (n: number) => (Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

export function printTable(figures: readonly Figure[]): void {
  const rows = summarise(figures);
  console.log(`\nMachine: ${machine()}`);
  console.log('Figure                                              | unit | runs |  median |     p95 | target | met | base÷ours p95');
  console.log('----------------------------------------------------|------|------|---------|---------|--------|-----|--------------');
  for (const r of rows) {
    const ours = r.baselineOf ? rows.find((o) => o.name === r.baselineOf) : undefined;
    // A baseline's ratio: its p95 over ours (above 1: the baseline is slower than the store).
    const ratio = ours ? `${(r.p95 / ours.p95).toPrecision(2)}×` : '';
    const met = r.met === null ? (r.runs === 0 ? 'n/a' : '') : r.met ? 'yes' : 'NO';
    console.log(
      `${r.name.padEnd(52)}| ${r.unit.padEnd(4)} | ${String(r.runs).padStart(4)} | ${fmt(r.median).padStart(7)} | ${fmt(r.p95).padStart(7)} | ${(r.target === null ? '' : `≤${r.target}`).padStart(6)} | ${met.padStart(3)} | ${ratio}`,
    );
    if (r.note) console.log(`    ${r.note}`);
  }
}

export async function writeJson(path: string, figures: readonly Figure[]): Promise<void> {
  const rows = summarise(figures).map(({ name, unit, median, p95, target, met, runs, note }) => ({
    name,
    unit,
    median,
    p95,
    target,
    met,
    runs,
    ...(note ? { note } : {}),
  }));
  await writeFile(path, `${JSON.stringify({ machine: machine(), at: new Date().toISOString(), figures: rows }, null, 2)}\n`);
}

/** Stops the run when a timed operation gave a wrong answer: a fast wrong answer is no figure. */
export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`Benchmark check failed: ${what}`);
}
