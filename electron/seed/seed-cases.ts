import { caseCategories, type SeverityId } from '@core/catalog';
import { checkBuyPack } from '@core/quota';
import { levelOn } from '@core/subscription';
import { addMonths, beijingDateOf, DAY_MS, formatInstant, monthOf, monthStart, parseInstant } from '@core/time';

import { newCaseRecord } from '../handlers/case-entry';
import { timelineOf } from '../handlers/subscription-plans';
import type { DeskData } from '../store/desk-data';
import type { StoredCase } from '../store/records/cases';
import type { StoredCharge, StoredPack } from '../store/records/plans';
import type { Random } from './random';
import { liveCase } from './seed-case-life';
import type { SeedIds } from './seed-plans';

export type CaseSeed = { cases: StoredCase[]; packs: StoredPack[]; charges: StoredCharge[] };

const TECHNICAL = caseCategories.filter((c) => c.kind === 'technical').map((c) => c.id);
const SERVICE = caseCategories.filter((c) => c.kind === 'service').map((c) => c.id);
// P2: how managers' partners rate their cases; the most urgent are the rarest.
const SEVERITY_MIX: Record<SeverityId, number> = {
  'core-production-unavailable': 3,
  'production-unavailable': 6,
  'production-exception': 20,
  'system-exception': 33,
  'general-guidance': 38,
};

/**
 * Every partner's cases, month by month, each checked and built by the same code as cases/open
 * (P3 kinds, P2 severities, Q1-Q5 quota, C1 due time). A Standard partner that reaches its
 * month's limit usually buys an add-on pack (Q2, charged M7); otherwise the case is not logged.
 */
export function seedCases(input: {
  random: Random;
  ids: SeedIds;
  desk: DeskData;
  until: string;
  nowMs: number;
  perPartnerMonth: number;
  unanswered: number;
}): CaseSeed {
  const { random, ids, desk, nowMs } = input;
  const out: CaseSeed = { cases: [], packs: [], charges: [] };
  for (const partner of desk.partners) {
    const record = desk.subscriptions.find((s) => s.partnerId === partner.id);
    if (!record) continue;
    const subscription = timelineOf(record);
    // A few big partners log most cases; many small ones log a handful.
    const size = random.weighted({ small: 45, medium: 40, big: 15 });
    const activity = size === 'small' ? 0.3 + random.next() * 0.5 : size === 'medium' ? 0.8 + random.next() * 0.7 : 1.5 + random.next() * 2;
    const customers = Array.from({ length: random.int(3, 25) }, (_, i) => `${partner.name.split(' ')[0]} customer ${i + 1}`);
    const packs: StoredPack[] = [];
    const view: DeskData = { ...desk, partners: [partner], subscriptions: [record], packs };
    for (let month = monthOf(record.start); monthStart(month) <= input.until; month = monthOf(addMonths(monthStart(month), 1))) {
      const fromMs = Math.max(parseInstant(`${monthStart(month)}T00:00:00+08:00`), parseInstant(`${record.start}T00:00:00+08:00`));
      const toMs = Math.min(parseInstant(`${addMonths(monthStart(month), 1)}T00:00:00+08:00`), nowMs);
      if (toMs <= fromMs) continue;
      const share = (toMs - fromMs) / (30 * DAY_MS);
      const opened = Array.from(
        { length: random.poisson(input.perPartnerMonth * activity * share) },
        () => fromMs + Math.floor(random.next() * (toMs - fromMs)),
      ).sort((a, b) => a - b);
      const monthCases: StoredCase[] = [];
      for (const ms of opened) {
        const openedAt = formatInstant(ms);
        const level = levelOn(subscription, beijingDateOf(ms));
        if (level === null) continue;
        const technical = level !== 'basic' && random.chance(0.75);
        const request = {
          partnerId: partner.id,
          customer: random.pick(customers),
          kind: technical ? ('technical' as const) : ('service' as const),
          category: random.pick(technical ? TECHNICAL : SERVICE),
          ...(level === 'basic'
            ? {}
            : { severity: random.weighted(level === 'premier' ? SEVERITY_MIX : { ...SEVERITY_MIX, 'core-production-unavailable': 0 }) }),
          openedAt,
          vendorRef: `VR-${month.replace('-', '')}-${random.int(100000, 999999)}`,
        };
        const build = () => newCaseRecord({ data: view, subscription, monthCases, request, id: ids.next('case'), now: openedAt });
        let built = build();
        if (!built.ok) {
          if (built.error.code !== 'TICKET_QUOTA_EXHAUSTED' || !random.chance(0.75)) continue;
          // Q2 / M7: the manager buys one pack of 10 and logs the case.
          const boughtOn = beijingDateOf(ms);
          const bought = checkBuyPack({ subscription, request: { boughtOn, count: 1 } });
          if (!bought.ok) continue;
          const chargeId = ids.next('charge');
          out.charges.push({
            id: chargeId,
            partnerId: partner.id,
            date: boughtOn,
            kind: 'addon-pack',
            amount: desk.priceBook.addonPackPrice,
            currency: desk.priceBook.currency,
            level: 'standard',
            rule: 'M7',
            details: { count: 1 },
            recordedAt: openedAt,
          });
          packs.push({ id: ids.next('pack'), partnerId: partner.id, boughtOn, count: 1, validUntil: bought.value.validUntil, chargeId });
          built = build();
        }
        // Q3: the pack just bought makes room for the case.
        if (!built.ok) throw new Error(`The seed could not log a case after buying a pack: ${built.error.message}`);
        monthCases.push(built.value);
        out.cases.push(built.value);
      }
    }
    out.packs.push(...packs);
  }
  // The backlog is the most recent cases, as it would be for a manager behind on answers.
  out.cases.sort((a, b) => a.openedAt.localeCompare(b.openedAt) || a.id.localeCompare(b.id));
  const firstUnanswered = out.cases.length - input.unanswered;
  out.cases = out.cases.map((c, i) => liveCase(random, c, nowMs, i >= firstUnanswered));
  return out;
}
