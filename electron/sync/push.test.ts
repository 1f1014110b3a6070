import * as A from '@automerge/automerge';
import { Repo } from '@automerge/automerge-repo';
import { afterEach, describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import type { StoredCase } from '../store/records/cases';
import type { PartnerYearDoc } from './documents';
import { claimPartners, pushItems } from './push';
import { recordOf, versionsOf } from './record-text';
import { TeamDocs } from './team-docs';

// pushItems on a real repo (no network): a case changed here is written over the document's
// only when it holds all the document's version holds.

const opened = aStoredCase({ id: 'c1', partnerId: 'p1', history: [{ at: '2026-03-02T02:00:00Z', action: 'opened', reason: '' }] });
const responded = (by: string, at: string): StoredCase => ({
  ...opened,
  state: 'responded',
  respondedAt: at,
  respondedBy: by,
  history: [...opened.history, { at, action: 'respond', reason: by }],
});

let repos: Repo[] = [];
afterEach(async () => {
  for (const repo of repos) await repo.shutdown();
  repos = [];
});

/** A desk's documents with Cedar's 2026 year holding the case as opened; `peer` writes a case into that year as another desk would, its change arriving here. */
async function aDesk() {
  const repo = new Repo({ network: [] });
  repos.push(repo);
  const docs = new TeamDocs(repo, 'acme', 'wang', { remote: () => undefined, local: () => undefined });
  await claimPartners(docs, [{ id: 'p1', name: 'Cedar' }], '2026-03-02T02:00:00Z');
  await pushItems(docs, [opened], []);
  const year = await docs.year('p1', '2026');
  const peer = (record: StoredCase) => {
    const theirs = A.change(A.clone(year.doc(), { actor: 'bb'.repeat(16) }), (d: PartnerYearDoc) => {
      (d.cases as Record<string, unknown>)[record.id] = new A.ImmutableString(
        JSON.stringify({ ...record, history: record.history.map((h) => ({ ...h, by: 'wang' })) }),
      );
    });
    year.update((doc) => A.merge(doc, theirs));
  };
  /** The versions two desks wrote at once (none when there is one). */
  const versions = () => [...versionsOf(year.doc().cases, 'c1').values()].map((c) => (c as StoredCase).respondedBy).sort();
  return { docs, peer, versions, now: () => recordOf(year.doc().cases.c1) as StoredCase };
}

describe('a case written into its year document', () => {
  it('responded here after a peer responded, neither seeing the other: both responses stay (C-response)', async () => {
    const { docs, peer, versions } = await aDesk();
    peer(responded('Li Lei', '2026-03-02T02:30:00Z'));
    await pushItems(docs, [responded('Wang Fang', '2026-03-02T02:10:00Z')], []);
    expect(versions()).toEqual(['Li Lei', 'Wang Fang']);
  });

  it("an older version here does not take back a peer's later change; a later one here is written over it", async () => {
    const { docs, peer, now, versions } = await aDesk();
    const answered = responded('Li Lei', '2026-03-02T02:30:00Z');
    peer(answered);
    // Not written over it, and its year is to be pulled (no news of it may come): not written, so not held (see held.ts).
    expect(await pushItems(docs, [opened], [])).toEqual({ written: [], behind: [{ partnerId: 'p1', year: '2026' }] });
    expect(now().respondedBy).toBe('Li Lei');
    const closed = { ...answered, state: 'closed' as const, history: [...answered.history, { at: '2026-03-02T03:00:00Z', action: 'close', reason: '' }] };
    expect(await pushItems(docs, [closed], [])).toEqual({ written: [{ partnerId: 'p1', year: '2026' }], behind: [] });
    expect(now().state).toBe('closed');
    expect(versions()).toEqual([]); // one version: no conflict
  });
});

describe("another manager's partner", () => {
  it('is not written, and not answered as written', async () => {
    const { docs } = await aDesk();
    const others = new TeamDocs(docs.repo, 'acme', 'li', { remote: () => undefined, local: () => undefined });
    expect(await pushItems(others, [{ ...opened, state: 'closed' }], [])).toEqual({ written: [], behind: [] });
    expect((recordOf((await docs.year('p1', '2026')).doc().cases.c1) as StoredCase).state).toBe(opened.state);
  });
});
