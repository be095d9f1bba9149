// Loads a staff or recruitment file for scanning. The id column is kept only as a hash, enough
// to find repeats quickly; a raw table in file order (rowid + 2 is the line) is made when needed.
import { WORKFORCE_COLUMNS, type TWorkforceFile } from '@belonging/domain';
import { queryRows, run, sqlName, type TDb } from './duckdb.ts';
import { WorkforceFileError } from './errors.ts';
import { csvFileError, readCsvSql } from './load-csv.ts';
import { loadXlsx } from './load-xlsx.ts';
import type { TIdCheck } from './row-errors.ts';
import type { TLayout, TWorkforceSource } from './source.ts';

export type TLoadedFile = {
  kind: TWorkforceFile;
  /** What scans read: the raw table, or for a lazily loaded CSV the file itself. */
  from: string;
  rows: number;
  ids: TIdCheck;
  /** The raw table in file order, made on the first call when the file was not loaded yet. */
  rawTable: () => Promise<string>;
  /** A query of the file's trimmed ids in file order, run only when ids must be reported. */
  idsSelect: () => string;
};

function hashedSelect(kind: TWorkforceFile, from: string): string {
  const [id = '', ...others] = WORKFORCE_COLUMNS[kind];
  const trimmed = `trim(${sqlName(id)})`;
  return `SELECT CASE WHEN ${trimmed} <> '' THEN hash(${trimmed}) END AS id_hash, ${others
    .map(sqlName)
    .join(', ')} FROM ${from}`;
}

const idsSelect = (kind: TWorkforceFile, from: string) =>
  `SELECT trim(${sqlName(WORKFORCE_COLUMNS[kind][0])}) AS id FROM ${from}`;

/** Rows, blank ids and ids held by several rows, in one scan. */
async function checkIds(db: TDb, from: string): Promise<{ rows: number; ids: TIdCheck }> {
  const [check] = await queryRows(
    db,
    `SELECT sum(n) AS rows, coalesce(sum(n) FILTER (WHERE id_hash IS NULL), 0) AS blank,
       count(*) FILTER (WHERE id_hash IS NOT NULL AND n > 1) AS repeated
     FROM (SELECT id_hash, count(*) AS n FROM ${from} GROUP BY id_hash)`,
  );
  return {
    rows: Number(check?.rows ?? 0),
    ids: { blank: Number(check?.blank ?? 0), repeatedHashes: Number(check?.repeated ?? 0) },
  };
}

/**
 * Reads `source` for scanning; a file DuckDB cannot parse is a WorkforceFileError. With
 * `isLazy`, a CSV is scanned where it lies (a file only counted need not be copied into memory).
 */
export async function loadFile(
  db: TDb,
  kind: TWorkforceFile,
  source: TWorkforceSource,
  layout: TLayout,
  isLazy = false,
): Promise<TLoadedFile> {
  const table = `raw_${kind}`;
  const refuse = (error: unknown) => {
    throw csvFileError(error, source.fileName, kind);
  };
  let input: string;
  let from = table;
  if (layout.format === 'csv') {
    input = readCsvSql(source.path, layout);
    if (isLazy) from = `(${hashedSelect(kind, input)})`;
    else await db.run(`CREATE TABLE ${table} AS ${hashedSelect(kind, input)}`).catch(refuse);
  } else {
    input = `stage_${kind}`;
    await loadXlsx(db, input, kind, source.path, source.fileName);
    await run(db, `CREATE TABLE ${table} AS ${hashedSelect(kind, input)}`);
  }
  const { rows, ids } = await checkIds(db, from).catch(refuse);
  if (rows === 0) {
    throw new WorkforceFileError(`${source.fileName} has a header but no rows`, source.fileName);
  }
  let made = from === table;
  return {
    kind,
    from,
    rows,
    ids,
    rawTable: async () => {
      if (!made) await run(db, `CREATE TABLE ${table} AS SELECT * FROM ${from}`);
      made = true;
      return table;
    },
    idsSelect: () => idsSelect(kind, input),
  };
}
