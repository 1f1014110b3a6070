import type { Desk } from '@main/desk';

import { createBooking, updateBooking } from './changes-bookings';
import { checkAlerts, importCases, openCase, updateCase } from './changes-cases';
import {
  applyPlan,
  archivePartner,
  buyPack,
  changeCalendar,
  createPartner,
  editPriceBook,
  loadSample,
  removeSample,
  setConsumption,
  updatePartner,
  updateSettings,
} from './changes-desk';
import { bookingEntries, canonical, changedEntries, deskEntries, type DeskState } from './desk-state';
import type { LogLine } from './log-lines';
import type { Planned, Planner, StreamContext } from './stream-context';

/** How often each kind of change is picked; most of the stream is cases and bookings, as on a laptop. */
const PLANNERS: [Planner, number][] = [
  [createPartner, 4],
  [updatePartner, 4],
  [archivePartner, 2],
  [applyPlan, 6],
  [buyPack, 2],
  [setConsumption, 3],
  [openCase, 16],
  [updateCase, 14],
  [importCases, 6],
  [checkAlerts, 2],
  [createBooking, 7],
  [updateBooking, 7],
  [updateSettings, 3],
  [changeCalendar, 2],
  [editPriceBook, 2],
  [removeSample, 0.5],
];

const isEmpty = (desk: Desk) => {
  const data = desk.store.read();
  return (
    data.partners.length + data.subscriptions.length + data.charges.length + data.packs.length + data.consumption.length === 0 &&
    desk.store.collection('cases').size + desk.store.collection('bookings').size === 0
  );
};

/**
 * The desk cycles between empty and holding the sample portfolio with changes made on top: an
 * empty desk loads the sample (it may load into an empty desk only), and removing the sample
 * takes every partner, case and booking with it, so a long run keeps coming back to both.
 */
async function plan(ctx: StreamContext): Promise<Planned> {
  if (isEmpty(ctx.desk)) return (await loadSample(ctx))!;
  const total = PLANNERS.reduce((sum, [, weight]) => sum + weight, 0);
  for (;;) {
    let left = ctx.random.next() * total;
    const [planner] = PLANNERS.find(([, weight]) => (left -= weight) < 0) ?? PLANNERS[0]!;
    const planned = await planner(ctx);
    if (planned) return planned;
  }
}

const inMemoryEntries = (desk: Desk): DeskState => bookingEntries(desk.store.collection('bookings').inMemory(), deskEntries(desk.store.read()));

/**
 * Runs changes one after another until the process is killed. Each is logged before it is
 * dispatched (what it may touch) and again once answered: an acknowledged change with every
 * record it made true, read back from the store's memory after the answer.
 */
export async function runStream(ctx: StreamContext, write: (line: LogLine) => void): Promise<never> {
  for (ctx.seq = 1; ; ctx.seq++) {
    const planned = await plan(ctx);
    const { seq } = ctx;
    write({ t: 'begin', seq, change: planned.change });
    const before = inMemoryEntries(ctx.desk);
    // Told on stdout too: the parent may aim its kill at the files this change writes.
    process.stdout.write(`begin ${planned.change.kind}\n`);
    const [sent, writesBefore] = [performance.now(), ctx.writes()];
    const answer = await ctx.desk.dispatch(planned.channel, planned.request);
    const [ms, writes] = [performance.now() - sent, ctx.writes() - writesBefore];
    if (!answer.ok) {
      const line: LogLine =
        answer.error.code === 'INTERNAL'
          ? { t: 'unexpected', seq, message: `${planned.channel} answered INTERNAL: ${answer.error.message}` }
          : { t: 'refused', seq, code: answer.error.code, message: answer.error.message };
      write(line);
      continue;
    }
    const facts = changedEntries(before, inMemoryEntries(ctx.desk));
    const cases = planned.cases?.(answer.data) ?? [];
    const caseStore = ctx.desk.store.collection('cases');
    if (cases === 'all') for (const c of await caseStore.all()) facts.push([`case:${c.id}`, canonical(c)]);
    else if (cases !== 'clear') {
      for (const id of cases) {
        const found = await caseStore.get(id);
        facts.push([`case:${id}`, found ? canonical(found) : null]);
      }
    }
    const surprise = planned.expect?.(answer.data);
    write({ t: 'ack', seq, ms, writes, facts, ...(cases === 'clear' ? { clearCases: true as const } : {}) });
    if (surprise) write({ t: 'unexpected', seq, message: surprise });
  }
}
