// Measures the SLA clocks view with thousands of open cases in the built renderer (Chromium),
// against the real dispatcher and store. Prints its figures; not part of `npm test`.
// Run: npx electron-vite build && npx tsx test/bench/sla-board.ts [openCases]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { buildCase } from '../../electron/handlers/case-entry';
import { aPartner } from '../builders/partners';
import { tempDataDir } from '../builders/services';
import { expectOk } from '../builders/subscriptions';
import { launchApp } from '../e2e/harness';

const OPEN = Number(process.argv[2] ?? 5000);
// Real time: the page's clock runs as it would for a manager, so ticks and frames are real too.
const NOW = new Date();
const SEVERITIES = ['core-production-unavailable', 'production-unavailable', 'production-exception', 'system-exception', 'general-guidance'] as const;

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

async function main() {
  const { dir, cleanup } = await tempDataDir();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx names functions with a helper the page does not have; give the page a stand-in.
  await page.addInitScript('globalThis.__name = (f) => f');
  const app = await launchApp(page, dir, { now: () => NOW });
  const partners: string[] = [];
  for (let i = 0; i < 60; i += 1) {
    const { id } = expectOk<{ id: string }>(await app.desk.dispatch('partners/create', aPartner({ name: `Partner ${String(i).padStart(3, '0')}` })));
    expectOk(await app.desk.dispatch('subscriptions/apply', { partnerId: id, request: { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'premier' } }));
    partners.push(id);
  }
  await app.desk.store.putMany('cases', (data) => ({
    items: Array.from({ length: OPEN }, (_, i) =>
      buildCase({
        data,
        monthCases: [],
        request: { partnerId: partners[i % partners.length] ?? '', kind: 'technical', category: 'service-unavailable', severity: SEVERITIES[i % 5], openedAt: new Date(NOW.getTime() - (i % 960) * 60_000).toISOString() },
        id: `bench-${i}`,
        now: NOW.toISOString(),
      }),
    ),
    result: null,
  }));

  const boardStart = performance.now();
  expectOk(await app.desk.dispatch('sla/board', {}));
  const boardMs = performance.now() - boardStart;

  // As a manager opens the app on this data: reload, then go to the clocks at once.
  const shown = performance.now();
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: /^SLA clocks/ }).click();
  await page.locator('.sla-table tbody tr.sla-row').first().waitFor();
  const firstPaintMs = performance.now() - shown;
  const rendered = await page.locator('.sla-table tbody tr.sla-row').count();

  // Ticks: the ticker marks each one and the board's probe measures it once committed.
  await page.waitForTimeout(21_000);
  const tickMs = await page.evaluate(() => performance.getEntriesByName('sla-tick', 'measure').map((m) => m.duration));

  // Scrolling: 240 frames of 120 px each; frame gaps above 1.5 frames count as dropped.
  // Written as page source: this project's node typecheck has no DOM types.
  const gaps = await page.evaluate<number[]>(`new Promise((resolve) => {
    const scroller = document.querySelector('.sla-scroll');
    const out = [];
    let last = performance.now();
    const step = (t) => {
      out.push(t - last);
      last = t;
      scroller.scrollTop += 120;
      if (out.length < 240) requestAnimationFrame(step);
      else resolve(out.slice(1));
    };
    requestAnimationFrame(step);
  })`);
  const dropped = gaps.filter((g) => g > 25).length;

  console.log(`SLA clocks with ${OPEN} open cases (${process.platform}, ${(await browser.version())})`);
  console.log(`  sla/board in main:            ${boardMs.toFixed(1)} ms`);
  console.log(`  app opened → clocks shown:    ${firstPaintMs.toFixed(0)} ms, ${rendered} rows in the page`);
  console.log(`  one tick, rendered (${tickMs.length}):   median ${pct(tickMs, 50).toFixed(1)} ms, p95 ${pct(tickMs, 95).toFixed(1)} ms`);
  console.log(`  scrolling frame gap:          median ${pct(gaps, 50).toFixed(1)} ms, p95 ${pct(gaps, 95).toFixed(1)} ms, ${dropped} of ${gaps.length} frames over 25 ms`);
  await app.desk.close();
  await browser.close();
  await cleanup();
}

void main();
