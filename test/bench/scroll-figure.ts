import type { Page } from '@playwright/test';

import type { Figure } from './bench-figures';

/** Frames scrolled and the distance of each; a gap over 25 ms is a dropped frame. */
const FRAMES = 240;
const STEP_PX = 120;

/**
 * Scrolls `selector` (the element that scrolls) by STEP_PX every animation frame, FRAMES times,
 * and answers each frame's gap: what a manager scrolling a long list sees, frame by frame.
 */
export async function scrollGaps(page: Page, selector: string): Promise<number[]> {
  // A string: the page's own code, not this process's (tsc checks this file without the DOM).
  return page.evaluate<number[]>(`new Promise((resolve) => {
    const scroller = document.querySelector(${JSON.stringify(selector)});
    const out = [];
    let last = performance.now();
    const next = (t) => {
      out.push(t - last);
      last = t;
      scroller.scrollTop += ${STEP_PX};
      if (out.length < ${FRAMES}) requestAnimationFrame(next);
      else resolve(out.slice(1));
    };
    requestAnimationFrame(next);
  })`);
}

/** A scrolling figure: p95 of the frame gaps against 17 ms, and how many frames were dropped (at most 1 %). */
export function scrollFigure(name: string, gaps: readonly number[], what: string): Figure {
  const dropped = gaps.filter((g) => g > 25).length;
  const share = (100 * dropped) / Math.max(1, gaps.length);
  return {
    name,
    unit: 'ms',
    samples: [...gaps],
    target: 17,
    note: `${what}; ${dropped} of ${gaps.length} frames over 25 ms (${share.toFixed(1)} %, at most 1 %)`,
  };
}
