import * as A from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';

import { aDeskWith, anEntry, aStoredPartner } from '../handover/handover-test-builders';
import type { StoredPartner } from '../store/records/partners';
import { plain } from './doc-values';
import type { PartnerDoc } from './documents';
import { claimPartners, pushPartnerMain } from './push';
import { SeenRecords } from './removals';
import { TeamDocs } from './team-docs';

// pushPartnerMain on a real repo (no network): what this desk changed of a partner is written
// against the version of the PartnerDoc it last held all of, so a peer's change it has not
// pulled yet stays beside it.

let repos: Repo[] = [];
afterEach(async () => {
  for (const repo of repos) await repo.shutdown();
  repos = [];
});

const profileOf = (partner: StoredPartner) => aDeskWith(anEntry({ partner }));

/** A desk whose PartnerDoc holds Lotus Digital as pushed from here; `peer` changes its profile as another desk would, the change arriving here. */
async function aDesk() {
  const repo = new Repo({ network: [] });
  repos.push(repo);
  const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
  await claimPartners(docs, [{ id: 'p-1', name: 'Lotus Digital' }], '2026-03-02T02:00:00Z');
  const seen = new SeenRecords({});
  const push = async (partner: StoredPartner) => {
    const pushed = await pushPartnerMain(docs, profileOf(partner), 'p-1', seen);
    seen.saw('p-1', pushed.both, pushed.base);
    return pushed;
  };
  await push(aStoredPartner());
  const handle = await docs.partner('p-1');
  const peer = (fields: Partial<StoredPartner>) => {
    const theirs = A.change(A.clone(handle.doc(), { actor: 'bb'.repeat(16) }), (d: PartnerDoc) => {
      const profile = d.profile as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(fields)) profile[field] = new A.ImmutableString(String(value));
    });
    handle.update((doc) => A.merge(doc, theirs));
  };
  const profile = () => plain(handle.doc().profile) as StoredPartner;
  const conflicts = (field: string) =>
    Object.values(A.getConflicts(handle.doc().profile as unknown as A.Doc<unknown>, field) ?? {})
      .map(String)
      .sort();
  /** As storePulls does: desk.json now holds the document as it is. */
  const pulled = () => seen.saw('p-1', null, A.getHeads(handle.doc()));
  return { push, peer, pulled, profile, conflicts };
}

describe("a partner's profile written into its PartnerDoc", () => {
  it("changed here after a peer changed another field, not pulled yet: the peer's change stays, and so does this one", async () => {
    const { push, peer, profile } = await aDesk();
    peer({ contactName: 'Zhang San' });
    // This desk still holds Li Wei: it changed the notes only.
    const { changed } = await push(aStoredPartner({ notes: 'Renewal talk in May', updatedAt: '2026-03-03T02:00:00Z' }));
    expect(changed).toBe(true);
    expect(profile()).toMatchObject({ contactName: 'Zhang San', notes: 'Renewal talk in May' });
  });

  it('the same field changed on both desks apart: both values stay, a conflict for the manager (not one written over the other)', async () => {
    const { push, peer, conflicts } = await aDesk();
    peer({ contactName: 'Zhang San' });
    await push(aStoredPartner({ contactName: 'Chen Jing' }));
    expect(conflicts('contactName')).toEqual(['Chen Jing', 'Zhang San']);
  });

  it("with nothing changed here, a peer's change is left as it is for the pull; once held here, the next change is written over it", async () => {
    const { push, peer, pulled, profile, conflicts } = await aDesk();
    peer({ contactName: 'Zhang San' });
    expect((await push(aStoredPartner())).changed).toBe(false);
    expect(profile().contactName).toBe('Zhang San');
    pulled();
    expect((await push(aStoredPartner({ contactName: 'Zhang San' }))).changed).toBe(false);
    await push(aStoredPartner({ contactName: 'Chen Jing' }));
    expect(profile().contactName).toBe('Chen Jing');
    expect(conflicts('contactName')).toEqual([]); // one value: no conflict
  });
});
