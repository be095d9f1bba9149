// Loads a staff or recruitment file into a raw table of text columns in file order (the table's
// rowid + 2 is the line). The id column is kept only as a hash, enough to find repeats quickly.
import { WORKFORCE_COLUMNS, type TWorkforceFile } from '@belonging/domain';
import { queryRows, sqlName, type TDb } from './duckdb.ts';
import { WorkforceFileError } from './errors.ts';
import { csvFileError, readCsvSql } from './load-csv.ts';
import { loadXlsx } from './load-xlsx.ts';
import type { TIdCheck } from './row-errors.ts';
import type { TLayout, TWorkforceSource } from './source.ts';

export type TLoadedFile = {
  kind: TWorkforceFile;
  rawTable: string;
  rows: number;
  ids: TIdCheck;
  /** A query of the file's trimmed ids in file order, run only when ids must be reported. */
  idsSelect: () => string;
};

function rawSelect(kind: TWorkforceFile, from: string): string {
  const [id = '', ...others] = WORKFORCE_COLUMNS[kind];
  const trimmed = `trim(${sqlName(id)})`;
  return `SELECT CASE WHEN ${trimmed} <> '' THEN hash(${trimmed}) END AS id_hash, ${others
    .map(sqlName)
    .join(', ')} FROM ${from}`;
}

const idsSelect = (kind: TWorkforceFile, from: string) =>
  `SELECT trim(${sqlName(WORKFORCE_COLUMNS[kind][0])}) AS id FROM ${from}`;

/** Reads `source` into `raw_<kind>`; a file DuckDB cannot parse is a WorkforceFileError. */
export async function loadFile(
  db: TDb,
  kind: TWorkforceFile,
  source: TWorkforceSource,
  layout: TLayout,
): Promise<TLoadedFile> {
  const rawTable = `raw_${kind}`;
  let from: string;
  if (layout.format === 'csv') {
    from = readCsvSql(source.path, layout);
    await db.run(`CREATE TABLE ${rawTable} AS ${rawSelect(kind, from)}`).catch((error: unknown) => {
      throw csvFileError(error, source.fileName, kind);
    });
  } else {
    from = `stage_${kind}`;
    await loadXlsx(db, from, kind, source.path, source.fileName);
    await db.run(`CREATE TABLE ${rawTable} AS ${rawSelect(kind, from)}`);
  }
  const [check] = await queryRows(
    db,
    `SELECT count(*) AS rows, count(*) FILTER (WHERE id_hash IS NULL) AS blank,
       (SELECT count(*) FROM (SELECT 1 FROM ${rawTable} WHERE id_hash IS NOT NULL
        GROUP BY id_hash HAVING count(*) > 1)) AS repeated
     FROM ${rawTable}`,
  );
  const rows = Number(check?.rows ?? 0);
  if (rows === 0) {
    throw new WorkforceFileError(`${source.fileName} has a header but no rows`, source.fileName);
  }
  return {
    kind,
    rawTable,
    rows,
    ids: { blank: Number(check?.blank ?? 0), repeatedHashes: Number(check?.repeated ?? 0) },
    idsSelect: () => idsSelect(kind, from),
  };
}
