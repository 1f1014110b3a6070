import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import type { StoredCase } from '../store/records/cases';
import { headsBeforeWrite, mergedVersions, recordOf, recordsIn, standing, versionsOf, writeRecord } from './record-text';

type Doc = { cases: Record<string, unknown> };
const opened = aStoredCase({ id: 'c1', history: [{ at: '2026-03-02T02:00:00Z', action: 'opened', reason: '' }] });
const base = () => A.change(A.from<Doc>({ cases: {} }, { actor: '0a' }), (d) => writeRecord(d.cases, 'c1', opened));
const edit = (doc: A.Doc<Doc>, actor: string, record: StoredCase) => A.change(A.clone(doc, { actor }), (d) => writeRecord(d.cases, 'c1', record));
const entry = (at: string, action: string) => ({ at, action, reason: '' });

describe('records as one value each', () => {
  it('a record is one JSON value; the same record again writes nothing, unless forced', () => {
    const doc = base();
    expect(recordsIn(doc.cases)).toEqual({ c1: JSON.parse(JSON.stringify(opened)) });
    let wrote = true;
    A.change(A.clone(doc, { actor: '0d' }), (d) => (wrote = writeRecord(d.cases, 'c1', { ...opened })));
    expect(wrote).toBe(false);
    A.change(A.clone(doc, { actor: '0d' }), (d) => (wrote = writeRecord(d.cases, 'c1', { ...opened }, true)));
    expect(wrote).toBe(true);
    expect(recordOf('{"id": ')).toBe('{"id": ');
  });

  it('two desks writing one case at once leave both versions; the merge keeps every action of both', () => {
    const start = base();
    const responded = { ...opened, state: 'responded' as const, respondedAt: '2026-03-02T03:00:00Z', respondedBy: 'Wang Fang' };
    const x = edit(start, '0b', { ...responded, history: [...opened.history, entry('2026-03-02T03:00:00Z', 'respond')] });
    const y = edit(start, '0c', { ...opened, notes: 'Called back', alerted: ['at-risk'], history: [...opened.history, entry('2026-03-02T04:00:00Z', 'note')] });
    const merged = A.merge(A.clone(x), y);
    const versions = versionsOf(merged.cases, 'c1');
    expect([...versions.keys()].sort()).toEqual(['0b', '0c']);
    const result = mergedVersions([...versions.values()] as StoredCase[], recordOf(merged.cases.c1) as StoredCase);
    // The base is the version acted on last (the note); the response and the alert are kept.
    expect(result).toMatchObject({ notes: 'Called back', respondedAt: '2026-03-02T03:00:00Z', respondedBy: 'Wang Fang', alerted: ['at-risk'] });
    expect(result.history.map((h) => h.action)).toEqual(['opened', 'respond', 'note']);
  });

  it('the merge the store took is not written back over the conflict (two first responses wait for a manager)', () => {
    const start = base();
    const respond = (actor: string, at: string) =>
      edit(start, actor, { ...opened, state: 'responded', respondedAt: at, respondedBy: actor, history: [...opened.history, entry(at, 'respond')] });
    const merged = A.merge(A.clone(respond('0b', '2026-03-02T03:00:00Z')), respond('0c', '2026-03-02T03:30:00Z'));
    const versions = [...versionsOf(merged.cases, 'c1').values()] as StoredCase[];
    const taken = mergedVersions(versions, recordOf(merged.cases.c1) as StoredCase);
    let wrote = true;
    A.change(A.clone(merged, { actor: '0d' }), (d) => (wrote = writeRecord(d.cases, 'c1', taken)));
    expect(wrote).toBe(false);
    expect(versionsOf(merged.cases, 'c1').size).toBe(2);
  });

  it("a record changed here stands ahead of, behind or apart from the document's, by their histories", () => {
    const respond = (at: string, by: string) => ({
      ...opened,
      state: 'responded' as const,
      respondedAt: at,
      respondedBy: by,
      history: [...opened.history, { ...entry(at, 'respond'), reason: by }],
    });
    const here = respond('2026-03-02T03:00:00Z', 'Wang Fang');
    const there = respond('2026-03-02T03:30:00Z', 'Li Lei');
    const text = (record: object) => new A.ImmutableString(JSON.stringify(record));
    expect(standing(here, text(opened))).toBe('ahead');
    expect(standing(opened, text(here))).toBe('behind');
    expect(standing(here, text(there))).toBe('apart');
    expect(standing(here, text(here))).toBe('ahead');
    expect(standing({ id: 'no history' }, text(here))).toBe('ahead');
    // The same entries, stamped by another manager's desk (the token changed): not a change made apart.
    const by = (manager: string) => ({ ...here, history: here.history.map((h) => ({ ...h, by: manager })) });
    expect(standing(by('li-lei'), text(by('wang')))).toBe('ahead');
  });

  it("a write at the heads before a peer's write of a record stays beside it: both versions, on both desks", () => {
    const start = base();
    const peer = edit(start, '0b', { ...opened, respondedBy: 'Li Lei', history: [...opened.history, entry('2026-03-02T03:30:00Z', 'respond')] });
    // This desk got the peer's write before writing its own; another record changed after it.
    const here = A.change(A.merge(A.clone(start, { actor: '0c' }), peer), (d) => writeRecord(d.cases, 'c2', opened));
    const at = headsBeforeWrite(here, here.cases, 'c1');
    expect(at).toEqual(A.getHeads(start));
    const mine = { ...opened, respondedBy: 'Wang Fang', history: [...opened.history, entry('2026-03-02T03:00:00Z', 'respond')] };
    const written = A.changeAt(here, at!, (d) => writeRecord(d.cases, 'c1', mine, true)).newDoc;
    for (const doc of [written, A.merge(A.clone(peer), written)]) {
      expect([...versionsOf(doc.cases, 'c1').values()].map((c) => (c as StoredCase).respondedBy).sort()).toEqual(['Li Lei', 'Wang Fang']);
      expect(recordsIn(doc.cases).c2).toEqual(JSON.parse(JSON.stringify(opened)));
    }
    expect(headsBeforeWrite(start, start.cases, 'nowhere')).toBeNull();
  });
});
