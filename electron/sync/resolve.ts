import type { AttentionEntry } from '../ipc/contract/sync';
import { conflictsOf } from './attention-rules';
import { writeValue } from './doc-values';
import { writeRecord } from './record-text';
import { checkedCases } from './records';
import type { TeamDocs } from './team-docs';

type AnyMap = Record<string, unknown>;

/**
 * `keep`: writes the chosen one of two values written at once back into the document (a new
 * change, so the conflict is over on every desk once it syncs); the store follows through the
 * pull. The other ways out are done with their own channels; only the check runs again.
 */
export async function resolveEntry(docs: TeamDocs, entry: AttentionEntry, choice: string): Promise<void> {
  if (!entry.ways.some((w) => w.way === 'keep' && w.choice === choice)) return;
  if (entry.kind === 'two-responses') {
    const assigned = await docs.assignment(entry.partnerId);
    for (const year of assigned?.years ?? []) {
      const handle = await docs.year(entry.partnerId, year);
      const merged = checkedCases(handle.doc().cases, docs.manager).merged.find((m) => m.id === entry.subject);
      if (!merged) continue;
      const kept = merged.byActor.get(choice);
      if (!kept) return;
      // The merged case with the kept response, assigned afresh: the new value ends the conflict.
      const record = { ...merged.record, respondedAt: kept.respondedAt, respondedBy: kept.respondedBy };
      docs.change(handle, (doc) => writeRecord(doc.cases as unknown as AnyMap, entry.subject, record, true));
      return;
    }
  }
  if (entry.kind === 'level-both') {
    const handle = await docs.partner(entry.partnerId);
    const subscription = handle.doc().subscriptions?.[entry.subject];
    const levels = conflictsOf(subscription, 'levels').get(choice);
    if (levels === undefined) return;
    docs.change(handle, (doc) => {
      const target = doc.subscriptions[entry.subject] as unknown as AnyMap;
      delete target.levels;
      writeValue(target, 'levels', levels);
      return true;
    });
  }
}
