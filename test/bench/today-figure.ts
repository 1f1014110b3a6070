import type { Desk } from '@main/desk';
import type { TodayAnswer } from '@main/ipc/contract/today';

import { check, type Figure } from './bench-figures';

/**
 * today/items over the large portfolio (target ≤ 100 ms): every open case's clock from memory,
 * every partner's month from the store's per-day facts. `dayReads` counts the store's reads of day
 * files: the Today view must read none.
 */
export async function todayFigure(desk: Desk, runs: number, dayReads: () => number): Promise<Figure> {
  const samples: number[] = [];
  let items = 0;
  const before = dayReads();
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const answer = await desk.dispatch('today/items', {});
    samples.push(performance.now() - started);
    check(answer.ok, 'today/items answered');
    const data = answer.ok ? (answer.data as TodayAnswer) : null;
    check(data !== null && data.hasPartners, 'today/items sees the partners');
    items = data?.items.length ?? 0;
  }
  check(dayReads() === before, `today/items read no day file (${dayReads() - before} read)`);
  return { name: 'Today view items, whole portfolio', unit: 'ms', samples, target: 100, note: `${items} items` };
}
