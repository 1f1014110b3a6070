import type { Desk } from '@main/desk';
import type { Envelope, PartnerPlan, PlanAction } from '@main/ipc/contract';
import type { PartnerFields } from '@main/ipc/contract';

import { aPartner } from './partners';

/** Unwraps an envelope that a test expects to succeed, with the refusal in the failure message. */
export function expectOk<T>(answer: Envelope<unknown>): T {
  if (!answer.ok) throw new Error(`Expected success, got ${answer.error.code}: ${answer.error.message}`);
  return answer.data as T;
}

/** A partner on a plan: created, then subscribed (yearly Standard from 1 January 2026 by default). */
export async function aSubscribedPartner(
  desk: Desk,
  plan: Partial<Extract<PlanAction, { action: 'subscribe' }>> = {},
  fields: Partial<PartnerFields> = {},
): Promise<{ partnerId: string; plan: PartnerPlan }> {
  const partner = expectOk<{ id: string }>(await desk.dispatch('partners/create', aPartner(fields)));
  const request = { action: 'subscribe', start: '2026-01-01', billing: 'yearly', level: 'standard', ...plan };
  const result = expectOk<PartnerPlan>(await desk.dispatch('subscriptions/apply', { partnerId: partner.id, request }));
  return { partnerId: partner.id, plan: result };
}
