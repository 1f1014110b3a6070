import { caseCategories, planOf, type SeverityId, severityIds } from '@core/catalog';
import { BEIJING_OFFSET_MS, DAY_MS, formatInstant, HOUR_MS, parseInstant } from '@core/time';
import type { CaseRecordStored, ImportPreview, ImportResult, SlaAlert } from '@main/ipc/contract';

import { caseCsv, type CsvRow } from '../builders/case-csv';
import { ask, type PartnerOnPlan, partnersOnPlan, pickOrNull, type Planner, type StreamContext } from './stream-context';

const CUSTOMERS = ['Shenzhen Retail Co.', 'Hangzhou Logistics', '北京银行测试', 'Chengdu Games'];

/** A kind, category and severity the partner's level allows (P2, P3), mostly. */
function caseFields(ctx: StreamContext, onPlan: PartnerOnPlan) {
  const kind = onPlan.level === 'basic' || ctx.random.chance(0.3) ? 'service' : 'technical';
  const category = ctx.random.pick(caseCategories.filter((c) => c.kind === kind)).id;
  const offered = Object.keys(planOf(onPlan.level).responseTargets) as SeverityId[];
  const severity = offered.length === 0 ? undefined : ctx.random.pick(offered);
  return { kind, category, ...(severity ? { severity } : {}) };
}

export const openCase: Planner = (ctx) => {
  const onPlan = pickOrNull(ctx, partnersOnPlan(ctx));
  if (!onPlan) return null;
  const tag = ctx.tag(ctx.seq);
  const openedAt = formatInstant(ctx.nowMs() - ctx.random.int(0, 48 * 60) * 60_000);
  const request = {
    partnerId: onPlan.partner.id,
    customer: ctx.random.pick(CUSTOMERS),
    ...caseFields(ctx, onPlan),
    openedAt,
    vendorRef: ctx.random.chance(0.5) ? `VR-${tag}` : '',
    notes: tag,
  };
  return { change: { kind: 'case-open', tag }, channel: 'cases/open', request, cases: (answer) => [(answer as CaseRecordStored).id] };
};

/** A case still worked on (in memory), or now and then one of the newest on disk. */
async function someCase(ctx: StreamContext): Promise<CaseRecordStored | null> {
  const cases = ctx.desk.store.collection('cases');
  return pickOrNull(ctx, ctx.random.chance(0.8) ? cases.inMemory() : await cases.newest(300, () => true));
}

export const updateCase: Planner = async (ctx) => {
  const found = await someCase(ctx);
  if (!found) return null;
  const tag = ctx.tag(ctx.seq);
  const action = ctx.random.weighted(
    found.state === 'open'
      ? { respond: 5, 'correct-severity': 2, withdraw: 1, void: 1, close: 1 }
      : { respond: 1, 'correct-severity': 2, withdraw: 1, void: 1, close: 4 },
  );
  const opened = parseInstant(found.openedAt);
  const change =
    action === 'respond'
      ? { action, respondedAt: formatInstant(opened + ctx.random.next() * Math.max(0, ctx.nowMs() - opened)), respondedBy: 'Torture' }
      : action === 'correct-severity'
        ? { action, severity: ctx.random.pick(severityIds), reason: tag }
        : { action, reason: tag };
  return { change: { kind: 'case-update', caseId: found.id, action }, channel: 'cases/update', request: { id: found.id, change }, cases: () => [found.id] };
};

const beijingLocal = (ms: number) => new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/**
 * A case file of several rows over days and months (old months live in day files read lazily),
 * with now and then an unknown partner, a blank or repeated vendor reference: every row's notes
 * carry the change's tag, so its cases can be counted whatever happens after.
 */
export const importCases: Planner = async (ctx) => {
  const onPlan = partnersOnPlan(ctx);
  if (onPlan.length === 0) return null;
  const tag = ctx.tag(ctx.seq);
  const rows: CsvRow[] = Array.from({ length: ctx.random.int(2, 8) }, (_, i) => {
    const partner = ctx.random.pick(onPlan);
    const fields = caseFields(ctx, partner);
    const back = ctx.random.chance(0.6) ? ctx.random.int(0, 3 * DAY_MS) : ctx.random.int(0, 100) * DAY_MS + ctx.random.int(0, 12 * HOUR_MS);
    const ref = ctx.random.weighted({ own: 8, blank: 1, repeat: 1 });
    return {
      partner: ctx.random.chance(0.08) ? `Nobody ${tag}` : partner.partner.name,
      customer: ctx.random.pick(CUSTOMERS),
      kind: fields.kind,
      category: fields.category,
      severity: fields.severity ?? '',
      openedAt: beijingLocal(ctx.nowMs() - back),
      vendorRef: ref === 'own' ? `IMP-${tag}-${i}` : ref === 'blank' ? '' : `IMP-${tag}-0`,
      notes: `${tag}:${i}`,
    };
  });
  const csv = caseCsv(rows);
  // Nothing else writes between the preview and the import, so it stores exactly these rows.
  const preview = await ask<ImportPreview>(ctx, 'cases/import-preview', { csv });
  if (!preview) return null;
  const accepted = preview.counts.ok;
  return {
    change: { kind: 'import', tag, rows: rows.length, accepted },
    channel: 'cases/import',
    request: { csv },
    cases: (answer) => (answer as ImportResult).rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    expect: (answer) =>
      (answer as ImportResult).stored === accepted ? null : `the import stored ${(answer as ImportResult).stored} rows, its preview accepted ${accepted}`,
  };
};

/** C2: marks the cases alerted now, across their day files. */
export const checkAlerts: Planner = () => ({
  change: { kind: 'sla-alerts' },
  channel: 'sla/alerts',
  request: {},
  cases: (answer) => (answer as SlaAlert[]).map((a) => a.caseId),
});
