// The refused rows of one file: each names its line (the header is line 1), column and value.
// An id is never quoted: a blank or repeated id is reported with an empty value and, for a
// repeat, the line it repeats.
import {
  WORKFORCE_COLUMN_RULES,
  WORKFORCE_COLUMNS,
  type TWorkforceFile,
  type TWorkforceRowError,
} from '@belonging/domain';
import { queryRows, run, sqlName, sqlString, type TDb } from './duckdb.ts';
import { joinMap, type TValueMap } from './value-maps.ts';

export type TFileErrors = { errors: TWorkforceRowError[]; count: number };

/** How the ids of a file look, from their hashes: blank ones, and hashes held by several rows. */
export type TIdCheck = { blank: number; repeatedHashes: number };

const ruleOf = (column: string) => `${column} ${WORKFORCE_COLUMN_RULES[column] ?? 'is not valid'}`;

/** Rows whose values a map marked bad, first `limit` by line; the total comes from the maps. */
async function valueErrors(
  db: TDb,
  kind: TWorkforceFile,
  rawTableOf: () => Promise<string>,
  maps: TValueMap[],
  limit: number,
): Promise<TFileErrors> {
  const order: readonly string[] = WORKFORCE_COLUMNS[kind];
  const selects: ((rawTable: string) => string)[] = [];
  let count = 0;
  for (const map of maps) {
    map.tuple.columns.forEach((column, i) => {
      const rows = map.counts.reduce((n, t) => (t.readings[i] === 'bad' ? n + t.rows : n), 0);
      if (rows === 0) return;
      count += rows;
      selects.push(
        (rawTable) =>
          `SELECT r.rowid + 2 AS line, ${order.indexOf(column)} AS position, ${sqlString(column)} AS col, r.${sqlName(column)} AS value FROM ${rawTable} r ${joinMap(map, 'm', 'r')} WHERE m.${sqlName(`bad_${column}`)}`,
      );
    });
  }
  if (count === 0) return { errors: [], count };
  const rawTable = await rawTableOf();
  const union = selects.map((select) => select(rawTable)).join(' UNION ALL ');
  const rows = await queryRows(
    db,
    `SELECT line, col, value FROM (${union}) ORDER BY line, position LIMIT ${limit}`,
  );
  const errors = rows.map((row) => {
    const column = String(row.col);
    return {
      file: kind,
      line: Number(row.line),
      column,
      value: row.value === null ? '' : String(row.value),
      message: ruleOf(column),
    };
  });
  return { errors, count };
}

/**
 * Blank and repeated ids, compared exactly (the hashes only said where to look). `idsSelect`
 * yields the file's trimmed ids in file order as `id`; the ids stay inside DuckDB.
 */
async function idErrors(
  db: TDb,
  kind: TWorkforceFile,
  idsSelect: string,
  limit: number,
): Promise<TFileErrors> {
  const column = WORKFORCE_COLUMNS[kind][0];
  const table = `ids_${kind}`;
  await run(db, `CREATE TABLE ${table} AS ${idsSelect}`);
  const rows = await queryRows(
    db,
    `WITH ids AS (SELECT rowid + 2 AS line, id FROM ${table}),
     firsts AS (SELECT id, min(line) AS first FROM ids WHERE coalesce(id, '') <> ''
                GROUP BY id HAVING count(*) > 1),
     bad AS (SELECT line, NULL::BIGINT AS first FROM ids WHERE coalesce(id, '') = ''
             UNION ALL
             SELECT i.line, f.first FROM ids i JOIN firsts f ON i.id = f.id WHERE i.line > f.first)
     SELECT line, first, count(*) OVER () AS total FROM bad ORDER BY line LIMIT ${limit}`,
  );
  await run(db, `DROP TABLE ${table}`);
  const errors = rows.map((row) => ({
    file: kind,
    line: Number(row.line),
    column,
    value: '',
    message:
      row.first === null
        ? ruleOf(column)
        : `${ruleOf(column)}: it repeats the id on line ${Number(row.first)}`,
  }));
  return { errors, count: Number(rows[0]?.total ?? 0) };
}

/** Every refused row of one file, the first `limit` by line then column order, and the total. */
export async function collectRowErrors(
  db: TDb,
  input: {
    kind: TWorkforceFile;
    rawTable: () => Promise<string>;
    maps: TValueMap[];
    ids: TIdCheck;
    idsSelect: () => string;
    limit: number;
  },
): Promise<TFileErrors> {
  const { kind, limit } = input;
  const values = await valueErrors(db, kind, input.rawTable, input.maps, limit);
  const hasIdTrouble = input.ids.blank > 0 || input.ids.repeatedHashes > 0;
  const ids = hasIdTrouble
    ? await idErrors(db, kind, input.idsSelect(), limit)
    : { errors: [], count: 0 };
  const order: readonly string[] = WORKFORCE_COLUMNS[kind];
  const errors = [...ids.errors, ...values.errors]
    .sort((a, b) => a.line - b.line || order.indexOf(a.column) - order.indexOf(b.column))
    .slice(0, limit);
  return { errors, count: values.count + ids.count };
}
