// The SLA clocks figures alone, on a data folder holding only open cases: a quick way to measure
// the board while working on it, without generating the large portfolio. Not part of `npm test`.
// Run: npx electron-vite build && node --import tsx test/bench/sla-board.ts [openCases]
import { openDesk } from '@main/desk';
import { buildCase } from '@main/handlers/case-entry';

import { aPartner } from '../builders/partners';
import { tempDataDir, testServices } from '../builders/services';
import { expectOk } from '../builders/subscriptions';
import { printTable } from './bench-figures';
import { slaFigures } from './sla-figure';

const OPEN = Number(process.argv[2] ?? 5000);
// Real time: the page's clock runs as it would for a manager, so ticks and frames are real too.
const NOW = new Date();
const SEVERITIES = ['core-production-unavailable', 'production-unavailable', 'production-exception', 'system-exception', 'general-guidance'] as const;

async function main() {
  const { dir, cleanup } = await tempDataDir();
  try {
    await measure(dir);
  } finally {
    await cleanup();
  }
}

async function measure(dir: string) {
  const desk = await openDesk({ dataDir: dir, services: testServices({ now: () => NOW }) });
  const partners: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const { id } = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner({ name: `Partner ${String(i).padStart(3, '0')}` })));
    expectOk(
      await desk.dispatch('subscriptions/apply', { partnerId: id, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'premier' } }),
    );
    partners.push(id);
  }
  await desk.store.putMany('cases', (data) => ({
    items: Array.from({ length: OPEN }, (_, i) =>
      buildCase({
        data,
        monthCases: [],
        request: {
          partnerId: partners[i % partners.length] ?? '',
          kind: 'technical',
          category: 'service-unavailable',
          severity: SEVERITIES[i % 5],
          openedAt: new Date(NOW.getTime() - (i % 960) * 60_000).toISOString(),
        },
        id: `bench-${i}`,
        now: NOW.toISOString(),
      }),
    ),
    result: null,
  }));
  await desk.close();
  printTable(await slaFigures(dir, NOW, OPEN));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
