// Classification happens once per DISTINCT value, in JS, with the domain's readers: a file of a
// million rows holds a few hundred distinct labels. The answers go back into DuckDB as small
// mapping tables that the rows are joined to, so every rule stays in @belonging/domain.
import {
  AFC_BANDS,
  MEDICAL_GRADES,
  classifyBand,
  classifyBoardRole,
  classifyDisability,
  classifyEthnicity,
  classifySex,
  classifyStaffGroup,
  readAmount,
  readYesNo,
  type TWorkforceFile,
} from '@belonging/domain';
import { DuckDBDataChunkWriter } from '@duckdb/node-api';
import { engineFailure, run, sqlName, type TDb } from './duckdb.ts';

type TValue = string | number | boolean | null;
/** A column's value read, or `bad` when the column does not allow it. */
type TReading = { value: TValue } | 'bad';

/** Amounts are stored as DECIMAL(18,6) so sums, means and medians are exact and repeatable. */
const MAX_AMOUNT = 1e12;

function amount(raw: string): TReading {
  const read = readAmount(raw);
  if (read === null || (read !== undefined && read >= MAX_AMOUNT)) return 'bad';
  return { value: read ?? null };
}
const yesNo = (raw: string): TReading => {
  const read = readYesNo(raw);
  return read === null ? 'bad' : { value: read };
};
const category = (read: string | null): TReading => (read === null ? 'bad' : { value: read });

/** A group of columns classified together (a tuple), and the SQL type of each reading. */
type TTuple = {
  name: string;
  columns: readonly string[];
  types: readonly string[];
  read: (raw: readonly string[]) => TReading[];
};

const TUPLES: Record<TWorkforceFile, readonly TTuple[]> = {
  staff: [
    {
      name: 'person',
      columns: ['ethnicity', 'sex', 'disability'],
      types: ['ethnicity_group', 'sex_group', 'disability_group'],
      read: ([e = '', s = '', d = '']) => [
        category(classifyEthnicity(e)),
        category(classifySex(s)),
        category(classifyDisability(d)),
      ],
    },
    {
      name: 'post',
      columns: ['staff_group', 'band', 'board'],
      types: ['staff_group', 'band', 'board_role'],
      read: ([g = '', b = '', r = '']) => {
        const group = classifyStaffGroup(g);
        // A band is judged against its staff group; a bad group is reported on its own.
        const band: TReading = group ? category(classifyBand(b, group)) : { value: null };
        return [category(group), band, category(classifyBoardRole(r))];
      },
    },
    {
      name: 'flags',
      columns: ['disciplinary', 'capability', 'training'],
      types: ['BOOLEAN', 'BOOLEAN', 'BOOLEAN'],
      read: (raw) => raw.map(yesNo),
    },
    {
      name: 'hourly',
      columns: ['hourly_pay'],
      types: ['DECIMAL(18,6)'],
      read: (r) => r.map(amount),
    },
    { name: 'bonus', columns: ['bonus_pay'], types: ['DECIMAL(18,6)'], read: (r) => r.map(amount) },
  ],
  recruitment: [
    {
      name: 'applicant',
      columns: ['ethnicity', 'disability', 'appointed'],
      types: ['ethnicity_group', 'disability_group', 'BOOLEAN'],
      read: ([e = '', d = '', a = '']) => [
        category(classifyEthnicity(e)),
        category(classifyDisability(d)),
        yesNo(a),
      ],
    },
  ],
};

/** One distinct tuple of raw values, how many rows hold it, and what it reads as. */
export type TTupleCount = { raw: (string | null)[]; rows: number; readings: TReading[] };
export type TValueMap = { tuple: TTuple; table: string; counts: TTupleCount[] };

const enumOf = (values: readonly string[]) =>
  `ENUM (${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')})`;

/** The enum types of the readings: one byte a value in the typed table, and only valid values. */
export async function createValueTypes(db: TDb): Promise<void> {
  const types: [string, readonly string[]][] = [
    ['ethnicity_group', ['white', 'bme', 'unknown']],
    ['sex_group', ['female', 'male', 'unknown']],
    ['disability_group', ['yes', 'no', 'unknown']],
    ['staff_group', ['clinical', 'non_clinical', 'medical']],
    ['band', [...AFC_BANDS, ...MEDICAL_GRADES]],
    ['board_role', ['none', 'voting_executive', 'voting_non_executive', 'non_voting']],
  ];
  for (const [name, values] of types) await run(db, `CREATE TYPE ${name} AS ${enumOf(values)}`);
}

export const mapTable = (kind: TWorkforceFile, tuple: TTuple) => `map_${kind}_${tuple.name}`;

/** SQL that joins `rawAlias` to a tuple's map (NULL, a blank cell, matches NULL). */
export function joinMap(map: TValueMap, alias: string, rawAlias: string): string {
  const on = map.tuple.columns
    .map((c) => `${rawAlias}.${sqlName(c)} IS NOT DISTINCT FROM ${alias}.${sqlName(`raw_${c}`)}`)
    .join(' AND ');
  return `JOIN ${map.table} ${alias} ON ${on}`;
}

/**
 * Every distinct tuple of `table` with its row count. One narrow GROUP BY per tuple, read back
 * as columns: cheaper than one wide GROUPING SETS, and column reads skip per-row objects.
 */
async function countTuples(db: TDb, tuple: TTuple, table: string): Promise<TTupleCount[]> {
  const list = tuple.columns.map(sqlName).join(', ');
  const reader = await db
    .runAndReadAll(`SELECT ${list}, count(*) AS n FROM ${table} GROUP BY ALL`)
    .catch((error: unknown) => {
      throw engineFailure(error);
    });
  const columns = reader.getColumnsJS() as unknown[][];
  const counts = columns.pop() ?? [];
  return counts.map((n, i) => {
    const raw = columns.map((column) => (column[i] ?? null) as string | null);
    return { raw, rows: Number(n), readings: tuple.read(raw.map((v) => v ?? '')) };
  });
}

// Numbers go in fixed-point: String() would write 1e-7, which no DECIMAL cast reads.
const text = (value: string | number | boolean) =>
  typeof value === 'number' ? value.toFixed(6) : String(value);

/** Loads one tuple's readings into its map table (raw values, then a column per reading). */
async function writeMap(db: TDb, table: string, tuple: TTuple, counts: TTupleCount[]) {
  const rawColumns = tuple.columns.map((c) => `${sqlName(`raw_${c}`)} VARCHAR`);
  const valueColumns = tuple.columns.map((c, i) => `${sqlName(c)} ${tuple.types[i] ?? 'VARCHAR'}`);
  const badColumns = tuple.columns.map((c) => `${sqlName(`bad_${c}`)} BOOLEAN`);
  await run(
    db,
    `CREATE TABLE ${table} (${[...rawColumns, ...valueColumns, ...badColumns].join(', ')})`,
  );
  // Text goes in through a staging table: DuckDB casts it to the enum and decimal types.
  const stage = `${table}_text`;
  const textColumns = [
    ...rawColumns,
    ...tuple.columns.map((c) => `${sqlName(c)} VARCHAR`),
    ...badColumns,
  ];
  await run(db, `CREATE TEMP TABLE ${stage} (${textColumns.join(', ')})`);
  const appender = await db.createAppender(stage);
  const writer = DuckDBDataChunkWriter.forAppender<string | boolean>(appender);
  for (const { raw, readings } of counts) {
    const values = readings.map((r) => (r === 'bad' || r.value === null ? null : text(r.value)));
    writer.appendRow([...raw, ...values, ...readings.map((r) => r === 'bad')]);
  }
  writer.flush();
  appender.closeSync();
  await run(db, `INSERT INTO ${table} SELECT * FROM ${stage}`);
  await run(db, `DROP TABLE ${stage}`);
}

/** Classifies every distinct tuple of the raw table and loads the maps into DuckDB. */
export async function buildValueMaps(
  db: TDb,
  kind: TWorkforceFile,
  from: string,
): Promise<TValueMap[]> {
  const maps: TValueMap[] = [];
  for (const tuple of TUPLES[kind]) {
    const counts = await countTuples(db, tuple, from);
    const table = mapTable(kind, tuple);
    await writeMap(db, table, tuple, counts);
    maps.push({ tuple, table, counts });
  }
  return maps;
}
