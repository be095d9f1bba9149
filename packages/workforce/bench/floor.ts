// The floor the engine is measured against: the least work that gives the same numbers. One
// parse of each file, classification by hand-written CASE expressions (right for the generated
// trust, not for every file), no validation, no id checks, no value maps.
import { computeWorkforceMeasures, type TWorkforceResult } from '@belonging/domain';
import { aggregateStaff } from '../src/aggregate.ts';
import { queryRows, run, withDuckDb } from '../src/duckdb.ts';

// A list, not an IN (...): DuckDB plans a long IN list as a join, and that CTAS then loses the
// file order the quartiles' tie-break needs (seen on 1.5.6: a quarter of the rows moved).
const UNKNOWN_WORDS = `['not stated', 'not known', 'unknown', 'undefined', 'unspecified', 'prefer not to say']`;
const ethnicity = (c: string) => `CASE
  WHEN ${c} IS NULL OR list_contains(${UNKNOWN_WORDS}, lower(trim(${c}))) OR upper(${c}[1]) = 'Z' THEN 'unknown'
  WHEN upper(${c}[1]) IN ('A', 'B', 'C') THEN 'white' ELSE 'bme' END`;
const disability = (c: string) => `CASE WHEN lower(${c}) IN ('yes', 'y') THEN 'yes'
  WHEN lower(${c}) IN ('no', 'n') THEN 'no' ELSE 'unknown' END`;
const isYes = (c: string) => `coalesce(lower(${c}) IN ('yes', 'y'), false)`;
const amount = (c: string) => `TRY_CAST(replace(replace(${c}, '£', ''), ',', '') AS DECIMAL(18,6))`;

const csv = (path: string, columns: string[]) =>
  `read_csv('${path.replace(/'/g, "''")}', header = true, auto_detect = false, delim = ',',
    quote = '"', escape = '"', columns = {${columns.map((c) => `'${c}': 'VARCHAR'`).join(', ')}})`;

const STAFF = [
  'person_id',
  'ethnicity',
  'sex',
  'disability',
  'staff_group',
  'band',
  'board',
  'hourly_pay',
  'bonus_pay',
  'disciplinary',
  'capability',
  'training',
];

/** The measures of the generated trust by the floor's route, with its own fresh DuckDB. */
export async function floorMeasures(
  staffPath: string,
  recruitmentPath: string,
): Promise<TWorkforceResult> {
  return withDuckDb(async (db) => {
    const group = `replace(replace(lower(staff_group), ' ', '_'), '-', '_')`;
    await run(
      db,
      `CREATE TABLE staff_cases AS SELECT
         ${ethnicity('ethnicity')} AS ethnicity,
         CASE WHEN lower(sex) IN ('female', 'f') THEN 'female' WHEN lower(sex) IN ('male', 'm') THEN 'male' ELSE 'unknown' END AS sex,
         ${disability('disability')} AS disability,
         ${group} AS staff_group,
         CASE WHEN ${group} = 'medical' THEN band
              WHEN lower(band) = 'vsm' THEN 'VSM'
              WHEN lower(band) LIKE '%range%' OR lower(band) LIKE 'band 8_' THEN 'Band 8' || lower(right(band, 1))
              ELSE 'Band ' || right(band, 1) END AS band,
         CASE WHEN board IS NULL OR lower(board) = 'none' THEN 'none' ELSE lower(board) END AS board,
         ${amount('hourly_pay')} AS hourly,
         coalesce(${amount('bonus_pay')}, 0) AS bonus,
         ${isYes('disciplinary')} AS disciplinary, ${isYes('capability')} AS capability,
         ${isYes('training')} AS training
       FROM ${csv(staffPath, STAFF)}`,
    );
    // The scan keeps file order, so rowid is the tie-break the quartiles need.
    await run(db, `CREATE VIEW staff AS SELECT rowid AS rn, * FROM staff_cases`);
    const staff = await aggregateStaff(db);
    const rows = await queryRows(
      db,
      `SELECT ${ethnicity('ethnicity')} AS e, ${disability('disability')} AS d, count(*) AS n,
         count(*) FILTER (WHERE ${isYes('appointed')}) AS s
       FROM ${csv(recruitmentPath, ['applicant_id', 'ethnicity', 'disability', 'appointed'])} GROUP BY ALL`,
    );
    const pool = (keep: (r: (typeof rows)[number]) => boolean) => {
      const kept = rows.filter(keep);
      const sum = (key: 'n' | 's') => kept.reduce((total, r) => total + Number(r[key]), 0);
      return { selected: sum('s'), pool: sum('n') };
    };
    const headcount = staff.bands.reduce((n, c) => n + c.count, 0);
    const applicants = rows.reduce((n, r) => n + Number(r.n), 0);
    return computeWorkforceMeasures(
      {
        ...staff,
        rows: { staff: headcount, recruitment: applicants },
        appointed: {
          white: pool((r) => r.e === 'white'),
          bme: pool((r) => r.e === 'bme'),
          disabled: pool((r) => r.d === 'yes'),
          nonDisabled: pool((r) => r.d === 'no'),
        },
      },
      { asOf: '2026-03-31', threshold: 10 },
    );
  });
}
