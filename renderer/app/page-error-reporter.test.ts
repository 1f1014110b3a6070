import { describe, expect, it } from 'vitest';

import { createPageErrorReporter, describeThrown, listenForPageErrors, type PageErrorReport } from './page-error-reporter';

/** A reporter over a fake main that logs every report and answers ids E001, E002 … */
function reporter(options: { now?: () => number; send?: (report: PageErrorReport) => Promise<string> } = {}) {
  const sent: PageErrorReport[] = [];
  const send = options.send ?? (async (report: PageErrorReport) => `E${String(sent.push(report)).padStart(3, '0')}`);
  const report = createPageErrorReporter({ send, now: options.now ?? (() => 0), view: () => 'partners' });
  return { report, sent };
}

describe('reporting the page’s own errors to main', () => {
  it('sends the kind, message, stack, component stack and view, and answers main’s id', async () => {
    const { report, sent } = reporter();
    const error = new Error('boom');
    expect(await report('render', error, '\n    at PartnersView')).toBe('E001');
    expect(sent).toEqual([{ kind: 'render', message: 'boom', stack: error.stack, componentStack: '\n    at PartnersView', view: 'partners' }]);
  });

  it('caps the reports at 20 a minute, then sends again', async () => {
    let clock = 0;
    const { report, sent } = reporter({ now: () => clock });
    for (let i = 0; i < 25; i++) await report('error', `tick ${i}`);
    expect(sent).toHaveLength(20);
    clock = 60_000;
    expect(await report('error', 'a minute later')).toBe('E021');
  });

  it('answers null when main cannot be told, and never throws or reports the failure itself', async () => {
    const sends: string[] = [];
    const { report } = reporter({
      send: async (r) => {
        sends.push(r.message);
        throw new Error('bridge gone');
      },
    });
    expect(await report('error', 'first')).toBeNull();
    expect(sends).toEqual(['first']);
  });

  it('does not report an error raised while a report is being made', async () => {
    const messages: string[] = [];
    let inner: Promise<string | null> | undefined;
    const report = createPageErrorReporter({
      now: () => 0,
      view: () => 'sla',
      // The sending itself raises an error that reaches the listeners (a broken bridge…).
      send: async (r) => {
        messages.push(r.message);
        inner ??= report('error', new Error('while reporting'));
        return 'E001';
      },
    });
    expect(await report('error', new Error('outer'))).toBe('E001');
    expect(await inner).toBeNull();
    expect(messages).toEqual(['outer']);
  });

  it('words whatever was thrown', () => {
    expect(describeThrown('plain text')).toEqual({ message: 'plain text' });
    expect(describeThrown({ code: 42 })).toEqual({ message: 'Non-error value thrown: {"code":42}' });
    expect(describeThrown(new Error('x'.repeat(3000))).message).toHaveLength(2000);
  });

  it('listens for uncaught errors and unhandled rejections until stopped', async () => {
    const { report, sent } = reporter();
    const target = new EventTarget();
    const stop = listenForPageErrors(target as unknown as Window, report);
    target.dispatchEvent(Object.assign(new Event('error'), { error: new Error('boom'), message: 'Uncaught Error: boom' }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'lost promise' }));
    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { error: new Error('after stop') }));
    await Promise.resolve();
    expect(sent.map((r) => [r.kind, r.message])).toEqual([
      ['error', 'boom'],
      ['unhandled-rejection', 'lost promise'],
    ]);
  });
});
