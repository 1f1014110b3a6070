import { describe, expect, it } from 'vitest';

import { eachPaced, type ImportPhase, pacer, throttled } from './pacing';

const clock = (start = 0) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('throttled progress', () => {
  it("passes each phase's first and last report, the others at most every interval, never one twice", () => {
    const time = clock();
    const seen: [ImportPhase, number, number][] = [];
    const report = throttled((...event) => seen.push(event), 50, time.now);
    report('reading', 0, 100);
    report('reading', 0, 100);
    time.advance(10);
    report('reading', 40, 100);
    time.advance(45);
    report('reading', 60, 100);
    report('reading', 100, 100);
    report('checking', 0, 3);
    report('checking', 3, 3);
    expect(seen).toEqual([
      ['reading', 0, 100],
      ['reading', 60, 100],
      ['reading', 100, 100],
      ['checking', 0, 3],
      ['checking', 3, 3],
    ]);
  });
});

describe('pacer', () => {
  it('is due once its slice has run, and starts a new slice after breathing (the event loop ran)', async () => {
    const time = clock();
    const pace = pacer(8, time.now);
    time.advance(7);
    expect(pace.due()).toBe(false);
    time.advance(1);
    expect(pace.due()).toBe(true);
    let ran = false;
    setImmediate(() => (ran = true));
    await pace.breathe();
    expect([ran, pace.due()]).toEqual([true, false]);
  });

  it('eachPaced does every item in order, breathing when due and reporting how far it got, then the total', async () => {
    const time = clock();
    const pace = pacer(8, time.now);
    const done: number[] = [];
    const reported: number[] = [];
    await eachPaced(
      [1, 2, 3, 4, 5],
      pace,
      (item) => {
        done.push(item);
        time.advance(item === 2 || item === 4 ? 10 : 1);
      },
      (n) => reported.push(n),
    );
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(reported).toEqual([2, 4, 5]);
  });
});
