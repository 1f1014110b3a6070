import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';

import { conflictsOf } from './attention-rules';
import { canonical, plain, writeValue } from './doc-values';

type Doc = { cases: Record<string, unknown> };

const base = () =>
  A.change(A.from<Doc>({ cases: {} }, { actor: '0a' }), (d) =>
    writeValue(d.cases, 'c1', { id: 'c1', state: 'open', respondedAt: null, history: [{ at: 't0', action: 'opened' }] }),
  );
const edit = (doc: A.Doc<Doc>, actor: string, record: Record<string, unknown>) => A.change(A.clone(doc, { actor }), (d) => writeValue(d.cases, 'c1', record));

describe('records written field by field', () => {
  it('two desks changing different fields of one record both keep their change', () => {
    const start = base();
    const x = edit(start, '0b', { id: 'c1', state: 'responded', respondedAt: null, history: [{ at: 't0', action: 'opened' }] });
    const y = edit(start, '0c', { id: 'c1', state: 'open', respondedAt: 'r', history: [{ at: 't0', action: 'opened' }] });
    expect(plain(A.merge(A.clone(x), y).cases.c1)).toMatchObject({ state: 'responded', respondedAt: 'r' });
  });

  it('history entries added on two desks are both kept; other fields written at once are a conflict', () => {
    const start = base();
    const x = edit(start, '0b', {
      id: 'c1',
      state: 'open',
      respondedAt: 'x',
      history: [
        { at: 't0', action: 'opened' },
        { at: 't1', action: 'respond' },
      ],
    });
    const y = edit(start, '0c', {
      id: 'c1',
      state: 'open',
      respondedAt: 'y',
      history: [
        { at: 't0', action: 'opened' },
        { at: 't2', action: 'respond' },
      ],
    });
    const merged = A.merge(A.clone(x), y);
    expect((plain(merged.cases.c1) as { history: unknown[] }).history).toHaveLength(3);
    expect([...conflictsOf(merged.cases.c1, 'respondedAt').values()].sort()).toEqual(['x', 'y']);
  });

  it('writing the same value again changes nothing (nothing echoes back)', () => {
    const start = base();
    let changed = true;
    A.change(A.clone(start, { actor: '0d' }), (d) => {
      changed = writeValue(d.cases, 'c1', { history: [{ action: 'opened', at: 't0' }], respondedAt: null, state: 'open', id: 'c1' });
    });
    expect(changed).toBe(false);
  });

  it('canonical JSON ignores key order', () => {
    expect(canonical({ b: 1, a: { d: 2, c: [1, { f: 1, e: 2 }] } })).toBe(canonical({ a: { c: [1, { e: 2, f: 1 }], d: 2 }, b: 1 }));
  });
});
