/**
 * Measures each SLA tick from outside the app, so the production renderer carries no probe. The
 * page's one-second timer (the SLA ticker's, the only interval the renderer sets) is wrapped: it
 * marks the tick's start, and after the ticker has run it posts a message. React's scheduler
 * posted its render task during the ticker (an update from a timer renders in one task, without
 * yielding), and messages run in the order posted, so the message closes the measure once the
 * tick's render is committed. Read back as performance measures named TICK_MEASURE.
 */
export const TICK_MEASURE = 'sla-tick';

export const TICK_PROBE_SCRIPT = `(() => {
  const name = ${JSON.stringify(TICK_MEASURE)};
  const done = new MessageChannel();
  done.port1.onmessage = () => {
    performance.measure(name, name);
    performance.clearMarks(name);
  };
  const setInterval = window.setInterval.bind(window);
  window.setInterval = (handler, ms, ...rest) =>
    ms === 1000 && typeof handler === 'function'
      ? setInterval(() => { performance.mark(name); handler(); done.port2.postMessage(0); }, ms)
      : setInterval(handler, ms, ...rest);
})()`;
