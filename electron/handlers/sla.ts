import type { HolidayCalendar } from '@core/calendar';
import { clockStatusAt, exactInstant } from '@core/sla';
import { parseInstant } from '@core/time';

import type { ChannelsOf, SlaAlert, SlaRow } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';
import { calendarOf } from './calendar-of';
import { caseMilestones } from './case-clock';
import type { HandlerContext } from './context';

/** Cases still being worked on: the board leaves out closed, withdrawn and voided ones. */
const onBoard = (c: StoredCase) => c.state === 'open' || c.state === 'responded';

export function slaRow(c: StoredCase, partnerName: string, calendar: HolidayCalendar): SlaRow {
  const m = caseMilestones(c, calendar);
  return {
    id: c.id,
    partnerId: c.partnerId,
    partnerName,
    customer: c.customer,
    kind: c.kind,
    category: c.category,
    level: c.level,
    severity: c.severity,
    correctedSeverity: c.correctedSeverity,
    guaranteed: m.guaranteed,
    clock: m.clock,
    vendorRef: c.vendorRef,
    openedAt: c.openedAt,
    // C2 compares instants exactly: both milestones go to the screen to the millisecond.
    atRiskAt: exactInstant(m.atRiskMs),
    dueAt: m.dueAt,
    respondedAt: c.respondedAt,
  };
}

function board(ctx: HandlerContext, data: Readonly<DeskData>): { record: StoredCase; row: SlaRow }[] {
  const names = new Map(data.partners.map((p) => [p.id, p.name]));
  const calendar = calendarOf(data);
  // The cases still being worked on are always in memory (desk-data's resident cases), so the board reads no file.
  return ctx.store
    .collection('cases')
    .inMemory()
    .filter(onBoard)
    .map((record) => ({ record, row: slaRow(record, names.get(record.partnerId) ?? '', calendar) }));
}

export const slaHandlers: HandlerMap<ChannelsOf<'sla'>, HandlerContext> = {
  'sla/board': (_request, ctx) => board(ctx, ctx.store.read()).map((b) => b.row),

  'sla/alerts': (_request, ctx) =>
    // Inside the write queue: two checks at once cannot both announce the same transition.
    ctx.store.putMany('cases', (data) => {
      const nowMs = ctx.services.now().getTime();
      const items: StoredCase[] = [];
      const alerts: SlaAlert[] = [];
      for (const { record, row } of board(ctx, data)) {
        // C2/C3: only unanswered cases with a guaranteed response time are chased.
        if (record.state !== 'open' || !row.guaranteed) continue;
        const status = clockStatusAt({ atRiskMs: parseInstant(row.atRiskAt), dueMs: parseInstant(row.dueAt) }, nowMs, null);
        if ((status !== 'at-risk' && status !== 'breached') || record.alerted.includes(status)) continue;
        // A case first seen breached is announced once, as breached; its at-risk alert is spent too.
        const spent = status === 'breached' ? (['at-risk', 'breached'] as const) : (['at-risk'] as const);
        items.push({ ...record, alerted: [...new Set([...record.alerted, ...spent])] });
        alerts.push({
          caseId: row.id,
          status,
          partnerName: row.partnerName,
          customer: row.customer,
          severity: row.correctedSeverity ?? row.severity,
          dueAt: row.dueAt,
        });
      }
      return { items, result: alerts };
    }),
};
