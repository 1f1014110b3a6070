import { decide, type RecordRule } from './merge-rules';

/** One kind of a partner's records merged (see merge-rules.ts). */
export type ListMerge<T> = {
  /** The partner's records once merged: this desk's in their order, the file's where taken, then those only the file has. */
  merged: T[];
  added: T[];
  updated: T[];
  /** Records both have, different, where this desk's stays: the file's and this desk's. */
  kept: { file: T; desk: T }[];
};

/** `take`: the version stored when the file's is taken over this desk's (the file's as it is, unless said otherwise). */
export function mergeList<T>(
  rule: RecordRule<T>,
  file: readonly T[],
  desk: readonly T[],
  keyOf: (record: T) => string,
  take: (file: T, desk: T) => T = (record) => record,
): ListMerge<T> {
  const deskByKey = new Map(desk.map((record) => [keyOf(record), record]));
  const merge: ListMerge<T> = { merged: [], added: [], updated: [], kept: [] };
  const taken = new Map<string, T>();
  for (const record of file) {
    const current = deskByKey.get(keyOf(record));
    const decision = decide(rule, record, current);
    if (decision === 'added') merge.added.push(record);
    else if (decision === 'updated') {
      const version = take(record, current!);
      merge.updated.push(version);
      taken.set(keyOf(record), version);
    } else if (decision === 'kept') merge.kept.push({ file: record, desk: current! });
  }
  merge.merged = [...desk.map((record) => taken.get(keyOf(record)) ?? record), ...merge.added];
  return merge;
}

/** What a merge writes of one kind: the records added and those updated. */
export const writtenBy = <T>(merge: ListMerge<T>): T[] => [...merge.updated, ...merge.added];

/**
 * A whole list of desk.json (every partner's) once the partners' merges are in: each record the
 * file updates replaced where it stands, those it adds after the others.
 */
export function mergedDeskList<T>(desk: readonly T[], merges: readonly ListMerge<T>[], keyOf: (record: T) => string): T[] {
  const taken = new Map(merges.flatMap((m) => m.updated.map((record) => [keyOf(record), record] as const)));
  return [...desk.map((record) => taken.get(keyOf(record)) ?? record), ...merges.flatMap((m) => m.added)];
}
