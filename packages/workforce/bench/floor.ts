// The floor the engine is measured against: the least work that gives the same numbers, written
// without any of the engine's reading or aggregation code (from ../src it takes only the DuckDB
// instance, so the ratio compares work, not configuration). Each file is read once by read_csv and
// aggregated by one SQL statement: for the staff file the classified rows (a materialized CTE)
// feed one GROUPING SETS aggregation (every count and pay statistic of TWorkforceAggregates) and
// one sort of the staff with pay for the quartiles; for the recruitment file one GROUP BY gives the
// four pools. The rules (computeWorkforceMeasures) are shared with the engine: the floor is about
// reading and aggregation.
//
// Classification is by hand-written CASE expressions: right for the generated trust (the bench's
// files), NOT for every file a trust may upload (no validation, no id checks, no value maps, no
// row errors; `Under Band 1` would be read as Band 1, `Band 10` as `Band 0`).
import {
  computeWorkforceMeasures,
  INTERSECT_CELLS,
  SENIOR_BANDS,
  UNKNOWN_WORDS,
  WORKFORCE_COLUMNS,
  type TBandCount,
  type TBoardCount,
  type TPayStats,
  type TPool,
  type TWorkforceAggregates,
  type TWorkforceResult,
} from '@belonging/domain';
import { withDuckDb, type TDb } from '../src/duckdb.ts';

type TRow = Record<string, unknown>;

async function query(db: TDb, sql: string): Promise<TRow[]> {
  return (await db.runAndReadAll(sql)).getRowObjectsJS();
}

// A list, not an IN (...): DuckDB may plan a long IN list as a join (seen on 1.5.6).
const UNKNOWN_LIST = `[${[...UNKNOWN_WORDS].map((w) => `'${w}'`).join(', ')}]`;
const ethnicity = (c: string) => `CASE
  WHEN ${c} IS NULL OR list_contains(${UNKNOWN_LIST}, lower(trim(${c}))) OR upper(${c}[1]) = 'Z' THEN 'unknown'
  WHEN upper(${c}[1]) IN ('A', 'B', 'C') THEN 'white' ELSE 'bme' END`;
const disability = (c: string) => `CASE WHEN lower(${c}) IN ('yes', 'y') THEN 'yes'
  WHEN lower(${c}) IN ('no', 'n') THEN 'no' ELSE 'unknown' END`;
const isYes = (c: string) => `coalesce(lower(${c}) IN ('yes', 'y'), false)`;
const amount = (c: string) => `TRY_CAST(replace(replace(${c}, '£', ''), ',', '') AS DECIMAL(18,6))`;

const csv = (path: string, columns: readonly string[]) =>
  `read_csv('${path.replace(/'/g, "''")}', header = true, auto_detect = false, delim = ',',
    quote = '"', escape = '"', columns = {${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}})`;

const GROUP = `replace(replace(lower(staff_group), ' ', '_'), '-', '_')`;
const SENIOR = `[${SENIOR_BANDS.map((b) => `'${b}'`).join(', ')}]`;

// The grouping sets, in the order of the grouping_id bits (staff_group is the highest bit).
const DIMENSIONS = ['staff_group', 'band', 'board', 'ethnicity', 'sex', 'disability', 'q'] as const;
type TDimension = (typeof DIMENSIONS)[number];
const SETS: readonly (readonly TDimension[])[] = [
  ['staff_group', 'band', 'ethnicity', 'disability'],
  ['board', 'ethnicity', 'disability'],
  ['ethnicity', 'sex', 'disability'],
  ['ethnicity', 'sex'],
  ['ethnicity', 'disability'],
  ['sex', 'disability'],
  ['ethnicity'],
  ['sex'],
  ['disability'],
  ['q'],
];
/** The grouping_id of a set: a bit set for every dimension NOT grouped on. */
const setId = (set: readonly TDimension[]) =>
  DIMENSIONS.reduce(
    (id, d, i) => (set.includes(d) ? id : id | (1 << (DIMENSIONS.length - 1 - i))),
    0,
  );

/**
 * One statement over the staff file. `pos` is the row's place in the file: row_number() OVER ()
 * directly over a single-table scan keeps the original order (DuckDB's order-preservation rules;
 * checked on 1.5.6 against the generated ids at 300k rows), and it is taken before any other
 * operator, so the materialized CTE may store rows in any order. The quartiles follow the rule
 * itself rather than ntile(4) (the engine's route): the n staff with
 * hourly pay and a known sex, ranked k = 1..n by (hourly, pos); with b = n // 4 and r = n % 4 the
 * first r quartiles hold b + 1 people and the others b.
 */
const staffSql = (path: string) => `
WITH classified AS MATERIALIZED (
  SELECT pos,
    ${ethnicity('ethnicity')} AS ethnicity,
    CASE WHEN lower(sex) IN ('female', 'f') THEN 'female' WHEN lower(sex) IN ('male', 'm') THEN 'male' ELSE 'unknown' END AS sex,
    ${disability('disability')} AS disability,
    ${GROUP} AS staff_group,
    CASE WHEN ${GROUP} = 'medical' THEN band
         WHEN lower(band) = 'vsm' THEN 'VSM'
         WHEN lower(band) LIKE '%range%' OR lower(band) LIKE 'band 8_' THEN 'Band 8' || lower(right(band, 1))
         ELSE 'Band ' || right(band, 1) END AS band,
    CASE WHEN board IS NULL OR lower(board) = 'none' THEN 'none' ELSE lower(board) END AS board,
    ${amount('hourly_pay')} AS hourly,
    coalesce(${amount('bonus_pay')}, 0) AS bonus,
    ${isYes('disciplinary')} AS disciplinary, ${isYes('capability')} AS capability,
    ${isYes('training')} AS training
  FROM (SELECT row_number() OVER () AS pos, * FROM ${csv(path, WORKFORCE_COLUMNS.staff)})
), ranked AS (
  SELECT sex, row_number() OVER (ORDER BY hourly, pos) AS k, count(*) OVER () AS n
  FROM classified WHERE hourly IS NOT NULL AND sex <> 'unknown'
), quartered AS (
  SELECT sex, CASE WHEN k <= (n % 4) * (n // 4 + 1) THEN (k - 1) // (n // 4 + 1) + 1
      ELSE n % 4 + (k - (n % 4) * (n // 4 + 1) - 1) // (n // 4) + 1 END AS q
  FROM ranked
)
SELECT (grouping_id(${DIMENSIONS.slice(0, -1).join(', ')}) * 2 + 1)::INTEGER AS g,
  ${DIMENSIONS.slice(0, -1).join(', ')}, NULL::BIGINT AS q,
  count(*)::INTEGER AS headcount,
  count(*) FILTER (WHERE list_contains(${SENIOR}, band))::INTEGER AS senior,
  count(*) FILTER (WHERE disciplinary)::INTEGER AS disciplinary,
  count(*) FILTER (WHERE training)::INTEGER AS training,
  count(*) FILTER (WHERE capability)::INTEGER AS capability,
  count(*) FILTER (WHERE sex = 'female')::INTEGER AS women,
  count(*) FILTER (WHERE sex = 'male')::INTEGER AS men,
  count(hourly)::INTEGER AS pay_n, avg(hourly)::DOUBLE AS pay_mean, median(hourly)::DOUBLE AS pay_median,
  count(*) FILTER (WHERE bonus > 0)::INTEGER AS bonus_n,
  avg(bonus) FILTER (WHERE bonus > 0)::DOUBLE AS bonus_mean,
  median(bonus) FILTER (WHERE bonus > 0)::DOUBLE AS bonus_median
FROM classified
GROUP BY GROUPING SETS (${SETS.filter((s) => !s.includes('q'))
  .map((s) => `(${s.join(', ')})`)
  .join(', ')})
UNION ALL
SELECT ${setId(['q'])}, NULL, NULL, NULL, NULL, NULL, NULL, q, count(*)::INTEGER, 0, 0, 0, 0,
  count(*) FILTER (WHERE sex = 'female')::INTEGER, count(*) FILTER (WHERE sex = 'male')::INTEGER,
  0, NULL, NULL, 0, NULL, NULL
FROM quartered GROUP BY q`;

const recruitmentSql = (path: string) => `
SELECT ${ethnicity('ethnicity')} AS ethnicity, ${disability('disability')} AS disability,
  count(*)::INTEGER AS pool, count(*) FILTER (WHERE ${isYes('appointed')})::INTEGER AS selected
FROM ${csv(path, WORKFORCE_COLUMNS.recruitment)} GROUP BY ALL`;

const num = (v: unknown) => Number(v ?? 0);
const payStats = (row: TRow | undefined, prefix: 'pay' | 'bonus'): TPayStats => {
  const count = num(row?.[`${prefix}_n`]);
  const value = (key: string) => (count > 0 ? (row?.[`${prefix}_${key}`] as number) : null);
  return { count, mean: value('mean'), median: value('median') };
};

/** The measures of the generated trust by the floor's route, with its own fresh DuckDB. */
export async function floorMeasures(
  staffPath: string,
  recruitmentPath: string,
): Promise<TWorkforceResult> {
  return withDuckDb(async (db) => {
    const staff = await query(db, staffSql(staffPath));
    const applicants = await query(db, recruitmentSql(recruitmentPath));

    const inSet = (set: readonly TDimension[]) => staff.filter((r) => r.g === setId(set));
    /** The row of a set whose dimensions have these values, if anyone is in it. */
    const cell = (set: readonly TDimension[], values: readonly unknown[]) =>
      inSet(set).find((r) => set.every((d, i) => r[d] === values[i]));

    /** Selected out of headcount for one value of a single dimension. */
    const pool = (dimension: TDimension, value: string, selected: string): TPool => {
      const row = cell([dimension], [value]);
      return { selected: num(row?.[selected]), pool: num(row?.headcount) };
    };
    const applied = (keep: (r: TRow) => boolean): TPool => {
      const kept = applicants.filter(keep);
      return {
        selected: kept.reduce((s, r) => s + num(r.selected), 0),
        pool: kept.reduce((s, r) => s + num(r.pool), 0),
      };
    };
    const hourlyOf = (set: readonly TDimension[], values: readonly unknown[]) =>
      payStats(cell(set, values), 'pay');
    const sexRow = (sex: string) => cell(['sex'], [sex]);

    const aggregates: TWorkforceAggregates = {
      rows: {
        staff: inSet(['sex']).reduce((n, r) => n + num(r.headcount), 0),
        recruitment: applicants.reduce((n, r) => n + num(r.pool), 0),
      },
      bands: inSet(['staff_group', 'band', 'ethnicity', 'disability']).map(
        (r) =>
          ({
            staffGroup: r.staff_group,
            band: r.band,
            ethnicity: r.ethnicity,
            disability: r.disability,
            count: num(r.headcount),
          }) as TBandCount,
      ),
      board: inSet(['board', 'ethnicity', 'disability'])
        .filter((r) => r.board !== 'none')
        .map(
          (r) =>
            ({
              board: r.board,
              ethnicity: r.ethnicity,
              disability: r.disability,
              count: num(r.headcount),
            }) as TBoardCount,
        ),
      appointed: {
        white: applied((r) => r.ethnicity === 'white'),
        bme: applied((r) => r.ethnicity === 'bme'),
        disabled: applied((r) => r.disability === 'yes'),
        nonDisabled: applied((r) => r.disability === 'no'),
      },
      disciplinary: {
        white: pool('ethnicity', 'white', 'disciplinary'),
        bme: pool('ethnicity', 'bme', 'disciplinary'),
      },
      training: {
        white: pool('ethnicity', 'white', 'training'),
        bme: pool('ethnicity', 'bme', 'training'),
      },
      capability: {
        disabled: pool('disability', 'yes', 'capability'),
        nonDisabled: pool('disability', 'no', 'capability'),
      },
      hourly: {
        male: hourlyOf(['sex'], ['male']),
        female: hourlyOf(['sex'], ['female']),
        white: hourlyOf(['ethnicity'], ['white']),
        bme: hourlyOf(['ethnicity'], ['bme']),
        disabled: hourlyOf(['disability'], ['yes']),
        nonDisabled: hourlyOf(['disability'], ['no']),
      },
      bonus: {
        male: payStats(sexRow('male'), 'bonus'),
        female: payStats(sexRow('female'), 'bonus'),
        menInAll: num(sexRow('male')?.headcount),
        womenInAll: num(sexRow('female')?.headcount),
      },
      quartiles: ([1, 2, 3, 4] as const).map((quartile) => {
        const row = inSet(['q']).find((r) => num(r.q) === quartile);
        return { quartile, women: num(row?.women), men: num(row?.men) };
      }),
      intersect: INTERSECT_CELLS.map((c) => {
        const dims: [TDimension, string | null][] = [
          ['ethnicity', c.ethnicity?.toLowerCase() ?? null],
          ['sex', c.sex],
          ['disability', c.disability],
        ];
        const split = dims.filter(([, v]) => v !== null);
        const row = cell(
          split.map(([d]) => d),
          split.map(([, v]) => v),
        );
        return {
          ...c,
          headcount: num(row?.headcount),
          senior: num(row?.senior),
          pay: payStats(row, 'pay'),
        };
      }),
    };
    return computeWorkforceMeasures(aggregates, { asOf: '2026-03-31', threshold: 10 });
  });
}
