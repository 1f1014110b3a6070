/** Brings raw data of version `from` to `from + 1`. */
export type Migration = { from: number; up: (raw: Record<string, unknown>) => Record<string, unknown> };

export class MissingMigrationError extends Error {}

/** Runs each step from `from` up to `to` in order; a gap in the chain is a programming error. */
export function runMigrations(raw: unknown, from: number, to: number, migrations: readonly Migration[]): unknown {
  let data = raw as Record<string, unknown>;
  for (let version = from; version < to; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MissingMigrationError(`No migration from data version ${version} to ${version + 1}.`);
    data = { ...step.up(data), schemaVersion: version + 1 };
  }
  return data;
}
