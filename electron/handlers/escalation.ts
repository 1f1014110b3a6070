import { beijingDateOf } from '@core/time';

import { digestMessage } from '../escalation/digest-text';
import { escalationFacts } from '../escalation/escalation-facts';
import { escalationMessage } from '../escalation/escalation-text';
import { laptopZone } from '../escalation/zoned-time';
import type { ChannelsOf } from '../ipc/contract';
import type { HandlerMap } from '../ipc/dispatcher';
import { notFound } from '../ipc/refusal';
import { calendarOf } from './calendar-of';
import type { HandlerContext } from './context';

const partnerNameOf = (ctx: HandlerContext, partnerId: string) => ctx.store.read().partners.find((p) => p.id === partnerId)?.name ?? '';

export const escalationHandlers: HandlerMap<ChannelsOf<'escalation'>, HandlerContext> = {
  'escalation/case': async ({ caseId }, ctx) => {
    const found = await ctx.store.collection('cases').get(caseId);
    if (!found) throw notFound('case', caseId);
    const facts = escalationFacts(found, partnerNameOf(ctx, found.partnerId), calendarOf(ctx.store.read()), ctx.services.now().toISOString());
    return { text: escalationMessage(facts, laptopZone()), partnerName: facts.partnerName, clockStatus: facts.sla.clockStatus };
  },

  'escalation/digest': (_request, ctx) => {
    const data = ctx.store.read();
    const now = ctx.services.now().toISOString();
    const calendar = calendarOf(data);
    const names = new Map(data.partners.map((p) => [p.id, p.name]));
    // Unanswered cases are always in memory (desk-data's resident cases): no day file is read.
    const cases = ctx.store
      .collection('cases')
      .inMemory()
      .filter((c) => c.state === 'open')
      .map((c) => escalationFacts(c, names.get(c.partnerId) ?? '', calendar, now))
      // C2 / C3: the cases whose guaranteed response time is late or about to be.
      .filter((f) => f.sla.guaranteed && (f.sla.clockStatus === 'breached' || f.sla.clockStatus === 'at-risk'))
      .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    const today = beijingDateOf(now);
    const breached = cases.filter((c) => c.sla.clockStatus === 'breached').length;
    return { text: digestMessage({ today, cases }, laptopZone()), today, breached, atRisk: cases.length - breached };
  },
};
