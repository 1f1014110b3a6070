import type { RequestOf } from '@main/ipc/contract';

export type PageErrorReport = RequestOf<'app/report-error'>;
export type PageErrorKind = PageErrorReport['kind'];

/** What main accepts (the contract's limits): a longer text is cut, never refused. */
const MESSAGE_MAX = 2_000;
const STACK_MAX = 20_000;

type ReporterOptions = {
  /** Sends the report to main and answers the error id main logged it under. */
  send: (report: PageErrorReport) => Promise<string>;
  now: () => number;
  /** The view the page is on: a view name only, never a partner's name or id. */
  view: () => string;
  /** At most `limit` reports in any `windowMs`, so an error repeating every frame cannot flood the log. */
  limit?: number;
  windowMs?: number;
};

/** Reports an error of the page's own; answers main's error id, or null when it was not (or could not be) logged. */
export type PageErrorReporter = (kind: PageErrorKind, thrown: unknown, componentStack?: string) => Promise<string | null>;

export function createPageErrorReporter({ send, now, view, limit = 20, windowMs = 60_000 }: ReporterOptions): PageErrorReporter {
  const sentAt: number[] = [];
  let reporting = false;
  return async (kind, thrown, componentStack) => {
    // An error raised while a report is being made must not make another one (no loop).
    if (reporting) return null;
    const at = now();
    while (sentAt.length > 0 && at - sentAt[0]! >= windowMs) sentAt.shift();
    if (sentAt.length >= limit) return null;
    sentAt.push(at);
    reporting = true;
    let answer: Promise<string>;
    try {
      const report: PageErrorReport = { kind, ...describeThrown(thrown), view: view().slice(0, 60) };
      if (componentStack) report.componentStack = componentStack.slice(0, STACK_MAX);
      answer = send(report);
    } catch {
      return null;
    } finally {
      reporting = false;
    }
    // A report that fails is dropped: reporting its failure could only fail the same way.
    return answer.catch(() => null);
  };
}

/** The message and stack of whatever was thrown: an Error, a string, or anything else. */
export function describeThrown(thrown: unknown): { message: string; stack?: string } {
  if (thrown instanceof Error) {
    const message = (thrown.message || thrown.name).slice(0, MESSAGE_MAX);
    return thrown.stack ? { message, stack: thrown.stack.slice(0, STACK_MAX) } : { message };
  }
  if (typeof thrown === 'string') return { message: thrown.slice(0, MESSAGE_MAX) || '(empty message)' };
  let text: string;
  try {
    text = JSON.stringify(thrown) ?? String(thrown);
  } catch {
    text = Object.prototype.toString.call(thrown);
  }
  return { message: `Non-error value thrown: ${text}`.slice(0, MESSAGE_MAX) };
}

/** Sends the page's uncaught errors and unhandled rejections to `report`; answers a function that stops. */
export function listenForPageErrors(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, report: PageErrorReporter): () => void {
  const onError = (event: ErrorEvent) => void report('error', event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => void report('unhandled-rejection', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
