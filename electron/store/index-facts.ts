import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PartitionEntry } from './store-types';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entries of a facts file (`{ version: 1, partitions: { key: { stamp, facts } } }`), or null
 * when it is not one: then the facts are summed up again from the partitions when asked for.
 */
export function factsEntries(value: unknown): Map<string, { stamp: string; facts: string }> | null {
  if (!isObject(value) || value.version !== 1 || !isObject(value.partitions)) return null;
  const entries = new Map<string, { stamp: string; facts: string }>();
  for (const [key, entry] of Object.entries(value.partitions)) {
    if (!isObject(entry) || typeof entry.stamp !== 'string' || typeof entry.facts !== 'string') return null;
    entries.set(key, { stamp: entry.stamp, facts: entry.facts });
  }
  return entries;
}

/**
 * Each partition's facts (see CollectionSpec.facts) beside the index, one file per group
 * (`<group>.facts.json`), read only when a fact of the group is first asked for: they are four
 * fifths of the index's bytes, and opening needs only the ids. A fact counts only while it was
 * made from the file as it is (its stamp is the entry's, and the entry's is the file's).
 */
export class FactsFiles {
  private readonly loading = new Map<string, Promise<void>>();

  constructor(
    private readonly indexDir: string,
    private readonly entries: ReadonlyMap<string, PartitionEntry>,
  ) {}

  fileOf(group: string): string {
    return join(this.indexDir, `${group}.facts.json`);
  }

  /** Fills in the facts of the group's entries that have none yet, from its file (once). */
  load(group: string): Promise<void> {
    let loading = this.loading.get(group);
    if (!loading) {
      loading = readFile(this.fileOf(group), 'utf8').then(
        (text) => {
          let value: unknown = null;
          try {
            value = JSON.parse(text);
          } catch {
            // A torn facts file costs summing the group's days up again.
          }
          for (const [key, { stamp, facts }] of factsEntries(value) ?? []) {
            const entry = this.entries.get(key);
            if (entry && entry.stamp === stamp && entry.facts === undefined) entry.facts = facts;
          }
        },
        () => undefined,
      );
      this.loading.set(group, loading);
    }
    return loading;
  }

  /** The group's facts file as it is to be written. */
  textOf(partitions: readonly (readonly [string, PartitionEntry])[]): string {
    const facts = partitions.filter(([, entry]) => entry.facts !== undefined).map(([key, entry]) => [key, { stamp: entry.stamp, facts: entry.facts }] as const);
    return JSON.stringify({ version: 1, partitions: Object.fromEntries(facts) });
  }
}
