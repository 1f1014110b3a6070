/**
 * Long work in main (reading and checking a 50,000-row file) is cut into slices of a few
 * milliseconds with the event loop let through between them, so the window keeps answering
 * (other requests, timers, the SLA clocks' alerts) and progress reaches the page while it runs.
 */

export type ImportPhase = 'reading' | 'checking' | 'storing';
export type Report = (phase: ImportPhase, done: number, total: number) => void;

/** Work between two breaths; well under the 100 ms the event loop may be held at a stretch. */
const SLICE_MS = 8;
/** Progress reaches the page at most this often (and always at a phase's start and end). */
const REPORT_EVERY_MS = 50;

export type Pacer = {
  /** Whether the current slice has run its time: then call `breathe`. */
  due(): boolean;
  /** Lets everything that waits on the event loop run, then starts a new slice. */
  breathe(): Promise<void>;
};

export function pacer(sliceMs = SLICE_MS, clock: () => number = () => performance.now()): Pacer {
  let started = clock();
  return {
    due: () => clock() - started >= sliceMs,
    breathe: async () => {
      await new Promise<void>((resolve) => setImmediate(resolve));
      started = clock();
    },
  };
}

/** Passes a phase's first and last report on, and the others at most every `everyMs` (never the same one twice). */
export function throttled(report: Report, everyMs = REPORT_EVERY_MS, clock: () => number = () => performance.now()): Report {
  let last = Number.NEGATIVE_INFINITY;
  let previous = '';
  return (phase, done, total) => {
    const now = clock();
    const event = `${phase} ${done} ${total}`;
    if (event === previous) return;
    if (!previous.startsWith(`${phase} `) || done >= total || now - last >= everyMs) {
      last = now;
      previous = event;
      report(phase, done, total);
    }
  };
}

/** Runs `work` for each item, breathing whenever a slice is used up and reporting how far it got. */
export async function eachPaced<T>(items: readonly T[], pace: Pacer, work: (item: T, index: number) => void, progress?: (done: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    work(items[i]!, i);
    if (pace.due()) {
      progress?.(i + 1);
      await pace.breathe();
    }
  }
  progress?.(items.length);
}
