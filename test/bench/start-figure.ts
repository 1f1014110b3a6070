import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from '../../playwright.config';
import { ALLOW_FILES, launchApp } from '../e2e/harness';
import { check, type Figure } from './bench-figures';

/**
 * In the page, from its first script: the moment (performance.now(), so from the start of the
 * navigation) of the first frame after the first screen (Today, once the desk holds partners)
 * showed an item, kept in window.__firstData.
 */
const FIRST_DATA_PROBE = `(() => {
  const seen = () => document.querySelector('button.today-item');
  const mark = () => requestAnimationFrame(() => { window.__firstData = performance.now(); });
  const observer = new MutationObserver(() => { if (seen()) { observer.disconnect(); mark(); } });
  observer.observe(document, { childList: true, subtree: true });
})()`;

/**
 * The app's first screen with data (Today's items) over the large portfolio: the built,
 * minified renderer in Chromium, reloaded `runs` times against a desk already open (main opens
 * the desk before the window exists). Chromium reads the files from disk, as Electron does
 * (see ServedFrom).
 */
export async function startFigure(dir: string, now: Date, runs: number): Promise<Figure> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ALLOW_FILES] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.addInitScript(FIRST_DATA_PROBE);
    const app = await launchApp(page, dir, { now: () => now }, 'disk');
    const names = new Set(app.desk.store.read().partners.map((p) => p.name));
    const samples: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      if (run > 0) await page.reload();
      // A function, not a string: the page's CSP refuses eval.
      await page.waitForFunction(() => (globalThis as { __firstData?: number }).__firstData !== undefined);
      samples.push(await page.evaluate<number>('window.__firstData'));
      const first = await page.locator('button.today-item').first().innerText();
      check(
        [...names].some((name) => first.includes(name)),
        `the first screen's first item names a partner of the desk (${first})`,
      );
    }
    // The other screens load from disk too, once Today is on.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^SLA clocks/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'SLA clocks' }).waitFor();
    check(app.pageErrors.length === 0, `the page ran without errors (${app.pageErrors.join('; ')})`);
    await app.desk.close();
    return {
      name: 'first screen with data painted, from page load',
      unit: 'ms',
      samples,
      target: 400,
      note: "Today's items; the desk already open in main; files read by Chromium from disk",
    };
  } finally {
    await browser.close();
  }
}
