import type { AttentionEntry } from '../ipc/contract/sync';
import { conflictsOf } from './attention-rules';
import { plain, writeValue } from './doc-values';
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
      const caseMap = handle.doc().cases?.[entry.subject];
      if (!caseMap) continue;
      const at = conflictsOf(caseMap, 'respondedAt').get(choice);
      const by = conflictsOf(caseMap, 'respondedBy').get(choice) ?? plain((caseMap as unknown as AnyMap).respondedBy);
      if (at === undefined) return;
      docs.change(handle, (doc) => {
        const target = doc.cases[entry.subject] as unknown as AnyMap;
        // Assigned afresh even where equal: the new value is what ends the conflict.
        delete target.respondedAt;
        delete target.respondedBy;
        writeValue(target, 'respondedAt', at);
        writeValue(target, 'respondedBy', by);
        return true;
      });
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
