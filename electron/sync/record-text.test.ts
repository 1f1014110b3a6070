import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';

import { aStoredCase } from '@test/builders/cases';

import type { StoredCase } from '../store/records/cases';
import { mergedVersions, recordOf, recordsIn, versionsOf, writeRecord } from './record-text';

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
});
