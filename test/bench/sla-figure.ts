import { chromium, type Page } from '@playwright/test';

import { CHROMIUM_ARGS } from '../../playwright.config';
import { launchApp } from '../e2e/harness';
import { check, type Figure } from './bench-figures';
import { scrollFigure, scrollGaps } from './scroll-figure';
import { TICK_MEASURE, TICK_PROBE_SCRIPT } from './tick-probe';

/**
 * The SLA clocks view in the built renderer (Chromium) over the large portfolio, as in
 * sla-board.ts: each tick measured from its timer to its committed render (tick-probe.ts);
 * then the SLA clocks, the partners table and the bookings list scrolled (see scroll-figure.ts).
 */
export async function slaFigures(dir: string, now: Date, expectedRows: number): Promise<Figure[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx names functions with a helper the page does not have; give the page a stand-in.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.addInitScript(TICK_PROBE_SCRIPT);
    const app = await launchApp(page, dir, { now: () => now });
    const board = await app.desk.dispatch('sla/board', {});
    check(board.ok && (board.data as unknown[]).length === expectedRows, `sla/board lists the ${expectedRows} cases still being worked on`);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^SLA clocks/ })
      .click();
    await page.locator('.sla-table tbody tr.sla-row').first().waitFor();
    check((await page.locator('.sla-table tbody tr.sla-row').count()) > 0, 'the clocks view shows rows');
    await page.waitForTimeout(21_000);
    const ticks = await page.evaluate((name) => performance.getEntriesByName(name, 'measure').map((m) => m.duration), TICK_MEASURE);
    const gaps = await scrollGaps(page, '.sla-scroll');
    // The other long lists at their largest: every partner, and every booking of three years.
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: /^Partners/ }).click();
    await page.locator('.partners-scroll tbody tr td').first().waitFor();
    // Only the rows in view are in the page; the table says how many it lists (the header is row 1).
    const partners = Number(await page.locator('.partners-scroll table').getAttribute('aria-rowcount')) - 1;
    // Archived partners are shown only on request.
    check(partners === app.desk.store.read().partners.filter((p) => !p.archived).length, `the partners table lists every partner not archived (${partners})`);
    const partnerGaps = await scrollGaps(page, '.partners-scroll');
    const bookings = await bookingsFigure(page, app.desk.store.collection('bookings').size);
    await app.desk.close();
    return [
      { name: `SLA clocks: one tick rendered, ${expectedRows} open (p95)`, unit: 'ms', samples: ticks, target: 8 },
      scrollFigure('SLA clocks: scrolling frame gap (p95)', gaps, `${expectedRows} cases`),
      scrollFigure('partners table: scrolling frame gap (p95)', partnerGaps, `${partners} partners`),
      bookings,
    ];
  } finally {
    await browser.close();
  }
}

/**
 * The bookings list scrolled at its largest. A data folder without bookings (sla-board.ts makes
 * only cases) has no list to scroll: the figure says so rather than waiting for a row that never comes.
 */
async function bookingsFigure(page: Page, stored: number): Promise<Figure> {
  const name = 'bookings list: scrolling frame gap (p95)';
  if (stored === 0) return { name, unit: 'ms', samples: [], target: 17, note: 'not measured: the data folder holds no bookings' };
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Bookings/ })
    .click();
  await page.locator('.bookings-scroll tbody tr td').first().waitFor({ timeout: 15_000 });
  const bookings = Number(await page.locator('.bookings-scroll table').getAttribute('aria-rowcount')) - 1;
  check(bookings > 0 && bookings <= stored, `the bookings list lists the bookings (${bookings})`);
  return scrollFigure(name, await scrollGaps(page, '.bookings-scroll'), `${bookings} bookings`);
}
