import * as A from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';

import { type Desk, openDesk } from '@main/desk';
import { aDeskWith, anEntry, aStoredPartner } from '@main/handover/handover-test-builders';
import type { PartnerDoc } from '@main/sync/documents';
import { readPulls, storePulls } from '@main/sync/pull-batch';
import { claimPartners, pushPartnerMain } from '@main/sync/push';
import { SeenRecords } from '@main/sync/removals';
import { TeamDocs } from '@main/sync/team-docs';

import { tempDataDir, testServices } from '../builders/services';

// A pull tells the desk which version of the PartnerDoc its desk.json now holds all of (its base,
// see pushPartnerMain), on a real store: not one whose records the store's checks refused.

let repo: Repo | null = null;
let desk: Desk | null = null;
let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await desk?.close();
  await repo?.shutdown();
  await cleanup?.();
  [repo, desk, cleanup] = [null, null, null];
});

const nothingPending = { partner: () => false, item: () => false };

/** Lotus Digital's PartnerDoc as another desk wrote it, `edit` then applied to its profile; pulled into an empty desk. */
async function pulledWith(edit: (profile: Record<string, unknown>) => void) {
  const temp = await tempDataDir();
  cleanup = temp.cleanup;
  const services = testServices({}, temp.dir);
  desk = await openDesk({ dataDir: temp.dir, services });
  repo = new Repo({ network: [] });
  const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
  await claimPartners(docs, [{ id: 'p-1', name: 'Lotus Digital' }], '2026-03-02T02:00:00Z');
  await pushPartnerMain(docs, aDeskWith(anEntry({ partner: aStoredPartner() })), 'p-1', new SeenRecords({}));
  const handle = await docs.partner('p-1');
  handle.change((doc: PartnerDoc) => edit(doc.profile as unknown as Record<string, unknown>));
  const { read } = await readPulls(docs, services.log, [{ partnerId: 'p-1', seen: new Set() }]);
  const pulled = (await storePulls(desk.store, docs, read, nothingPending)).get('p-1');
  return { pulled, heads: A.getHeads(handle.doc()), stored: desk.store.read().partners.find((p) => p.id === 'p-1') };
}

describe('the base a pull leaves', () => {
  it('a profile the store takes: the version read', async () => {
    const { pulled, heads, stored } = await pulledWith((profile) => (profile.notes = new A.ImmutableString('Prefers mail')));
    expect(stored?.notes).toBe('Prefers mail');
    expect(pulled?.base).toEqual(heads);
  });

  it('a profile the store refuses: none, so the next push does not write over what this desk never held', async () => {
    const { pulled, stored } = await pulledWith((profile) => (profile.contactEmail = new A.ImmutableString('not an address')));
    expect(stored).toBeUndefined();
    expect(pulled?.base).toBeNull();
  });
});
