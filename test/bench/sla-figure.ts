import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { launchApp } from '../e2e/harness';
import { check, type Figure } from './bench-figures';

/**
 * The SLA clocks view in the built renderer (Chromium) over the large portfolio, as in
 * sla-board.ts: the ticker marks each tick and the board's probe measures it once committed;
 * scrolling is 240 frames of 120 px, a gap over 25 ms being a dropped frame.
 */
export async function slaFigures(dir: string, now: Date, expectedRows: number): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names functions with a helper the page does not have; give the page a stand-in.
    await page.addInitScript('globalThis.__name = (f) => f');
    const app = await launchApp(page, dir, { now: () => now });
    const board = await app.desk.dispatch('sla/board', {});
    check(board.ok && (board.data as unknown[]).length === expectedRows, `sla/board lists the ${expectedRows} cases still being worked on`);
    await page.getByRole('navigation').getByRole('button', { name: /^SLA clocks/ }).click();
    await page.locator('.sla-table tbody tr.sla-row').first().waitFor();
    check((await page.locator('.sla-table tbody tr.sla-row').count()) > 0, 'the clocks view shows rows');
    await page.waitForTimeout(21_000);
    const ticks = await page.evaluate(() => performance.getEntriesByName('sla-tick', 'measure').map((m) => m.duration));
    const gaps = await page.evaluate<number[]>(`new Promise((resolve) => {
      const scroller = document.querySelector('.sla-scroll');
      const out = [];
      let last = performance.now();
      const step = (t) => { out.push(t - last); last = t; scroller.scrollTop += 120; if (out.length < 240) requestAnimationFrame(step); else resolve(out.slice(1)); };
      requestAnimationFrame(step);
    })`);
    const dropped = gaps.filter((g) => g > 25).length;
    await app.desk.close();
    return [
      { name: `SLA clocks: one tick rendered, ${expectedRows} open (p95)`, unit: 'ms', samples: ticks, target: 8 },
      { name: 'SLA clocks: scrolling frame gap (p95)', unit: 'ms', samples: gaps, target: 25, note: `${dropped} of ${gaps.length} frames over 25 ms (dropped)` },
    ];
  } finally {
    await browser.close();
  }
}
