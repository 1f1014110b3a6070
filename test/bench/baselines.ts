import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';

import type { CaseRecordStored } from '@main/ipc/contract';

import { check } from './bench-figures';

type OneFile = { cases: CaseRecordStored[] };
/** The little of better-sqlite3's API the baseline uses. */
type SqliteDatabase = new (path: string) => {
  pragma(statement: string): unknown;
  exec(sql: string): void;
  prepare(sql: string): { run(...values: unknown[]): unknown; get(): unknown };
  transaction(work: () => void): () => void;
  close(): void;
};

/**
 * Baseline: lowdb's stock JSONFile adapter with every case in one file (lowdb's default shape).
 * It rewrites the whole file on each write and never fsyncs, so it is not even durable.
 */
export async function lowdbOneFile(dir: string, cases: readonly CaseRecordStored[], next: (i: number) => CaseRecordStored, runs: number): Promise<number[]> {
  const db = new Low<OneFile>(new JSONFile(join(dir, 'one-file.json')), { cases: [] });
  db.data = { cases: [...cases] };
  await db.write();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const item = next(i);
    const started = performance.now();
    db.data.cases.push(item);
    await db.write();
    samples.push(performance.now() - started);
  }
  const again = new Low<OneFile>(new JSONFile(join(dir, 'one-file.json')), { cases: [] });
  await again.read();
  check(again.data.cases.length === cases.length + runs, 'lowdb JSONFile kept every case');
  return samples;
}

type Row = { id: string; partnerId: string; openedAt: string };

/** One row inserted into the SQLite baseline, timed (ms); `close` checks that every row is there. */
export type SqliteBaseline = { insert: (row: Row) => number; close: () => void };

/**
 * Baseline: better-sqlite3 with synchronous=FULL, one row per case: the durable-write floor a
 * database gives. Filled with the portfolio's cases first and checkpointed, so the disk holds
 * nothing of the filling when the timed inserts begin (the WAL file kept, as a running database
 * keeps it). A string when better-sqlite3 is not there to measure.
 */
export async function sqliteBaseline(dir: string, cases: readonly Row[]): Promise<SqliteBaseline | string> {
  let Database: SqliteDatabase;
  try {
    // A name in a variable: the bench runs without the package's types, and reports its absence.
    const name = 'better-sqlite3';
    Database = ((await import(name)) as { default: SqliteDatabase }).default;
  } catch (error) {
    return `better-sqlite3 is not installed or did not build (${(error as Error).message.split('\n')[0]})`;
  }
  const db = new Database(join(dir, 'cases.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE cases (id TEXT PRIMARY KEY, partner_id TEXT, opened_at TEXT, body TEXT)');
  const insert = db.prepare('INSERT INTO cases VALUES (?, ?, ?, ?)');
  db.transaction(() => cases.forEach((c) => insert.run(c.id, c.partnerId, c.openedAt, JSON.stringify(c))))();
  db.pragma('wal_checkpoint(FULL)');
  let inserted = 0;
  return {
    insert: (row) => {
      const started = performance.now();
      insert.run(row.id, row.partnerId, row.openedAt, JSON.stringify(row));
      const ms = performance.now() - started;
      inserted += 1;
      return ms;
    },
    close: () => {
      const { n } = db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
      check(n === cases.length + inserted, 'SQLite kept every case');
      db.close();
    },
  };
}
