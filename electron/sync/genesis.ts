import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';
import type { AutomergeUrl, DocHandle, Repo } from '@automerge/automerge-repo';

import { documentIdOf } from './documents';

/**
 * A document's first change made the same on every desk (fixed actor, time and content), so two
 * desks that each start a document while offline start one history, not two roots.
 */
export function genesisBinary(url: AutomergeUrl, initial: object): Uint8Array {
  const actor = createHash('sha256')
    .update(`genesis:${documentIdOf(url)}`)
    .digest('hex')
    .slice(0, 32);
  const doc = A.change(A.init<Record<string, unknown>>({ actor }), { time: 0, message: 'genesis' }, (d) => {
    Object.assign(d, structuredClone(initial));
  });
  return A.save(doc);
}

/**
 * Opens a document, or starts it with its genesis: find() first (storage, then the peers
 * connected now); import() alone would not load what storage already holds.
 */
export async function ensureDoc<T>(repo: Repo, url: AutomergeUrl, initial: T & object): Promise<DocHandle<T>> {
  const found = await repo.find<T>(url, { allowableStates: ['ready', 'unavailable'] });
  if (found.isReady()) return found;
  return repo.import<T>(genesisBinary(url, initial), { docId: documentIdOf(url) });
}
