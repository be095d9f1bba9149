// One in-memory DuckDB per call: nothing spills to disk and nothing outlives the call.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { redactDuckDbMessage } from './errors.ts';

export type TDb = DuckDBConnection;

const SETTINGS = {
  threads: '2',
  // No spilling: a temp file would hold special-category rows on disk.
  temp_directory: '',
  // The tables live for one call: analysing them for compression costs more than it saves.
  disabled_compression_methods: 'fsst,dictionary,dict_fsst,rle,bitpacking,chimp,patas,alp,alprd',
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

/** Runs `fn` on a fresh in-memory instance, closed in every case. */
export async function withDuckDb<T>(fn: (db: TDb) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', SETTINGS);
  const db = await instance.connect();
  try {
    return await fn(db);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}

type TRow = Record<string, string | number | boolean | null>;

function plain(value: unknown): string | number | boolean | null {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  throw new Error(`A query returned a value of type ${typeof value}: cast it in the SQL`);
}

/** DuckDB's error is not kept as the cause: its message and fields may quote a staff row. */
export function engineFailure(error: unknown): Error {
  return new Error(`The workforce engine failed: ${redactDuckDbMessage(String(error))}`);
}

/** The rows of a query as plain objects (counts as numbers: no count here passes 2^53). */
export async function queryRows(db: TDb, sql: string): Promise<TRow[]> {
  const reader = await db.runAndReadAll(sql).catch((error: unknown) => {
    throw engineFailure(error);
  });
  return reader.getRowObjectsJS().map((row) => {
    const out: TRow = {};
    for (const [key, value] of Object.entries(row)) out[key] = plain(value);
    return out;
  });
}

/** Runs a statement; a DuckDB failure comes back without any value it may have quoted. */
export async function run(db: TDb, sql: string): Promise<void> {
  try {
    await db.run(sql);
  } catch (error) {
    throw engineFailure(error);
  }
}

export const sqlString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
export const sqlName = (value: string): string => `"${value.replace(/"/g, '""')}"`;
