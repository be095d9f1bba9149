// From the raw staff rows and the value maps to TWorkforceAggregates: one typed table (a byte a
// category, exact decimals for pay), then three scans of it: counts, pay statistics, quartiles.
import {
  INTERSECT_CELLS,
  bandOrder,
  isSeniorBand,
  type TBandCount,
  type TBoardCount,
  type TPayStats,
  type TPool,
  type TWorkforceAggregates,
} from '@belonging/domain';
import { queryRows, run, type TDb } from './duckdb.ts';
import { joinMap, type TValueMap } from './value-maps.ts';

type TRow = Awaited<ReturnType<typeof queryRows>>[number];
type TStaffAggregates = Omit<TWorkforceAggregates, 'rows' | 'appointed'>;

function mapNamed(maps: readonly TValueMap[], name: string): TValueMap {
  const map = maps.find((m) => m.tuple.name === name);
  if (!map) throw new Error(`No value map named ${name}`);
  return map;
}

/** The typed `staff` table: rn is the row's place in the file, for the quartiles' tie-break. */
export async function buildStaffTable(db: TDb, rawTable: string, maps: readonly TValueMap[]) {
  await run(
    db,
    `CREATE TABLE staff AS SELECT r.rowid AS rn, p.ethnicity, p.sex, p.disability,
       q.staff_group, q.band, q.board, h.hourly_pay AS hourly, coalesce(b.bonus_pay, 0) AS bonus,
       f.disciplinary, f.capability, f.training
     FROM ${rawTable} r
     ${joinMap(mapNamed(maps, 'person'), 'p', 'r')}
     ${joinMap(mapNamed(maps, 'post'), 'q', 'r')}
     ${joinMap(mapNamed(maps, 'flags'), 'f', 'r')}
     ${joinMap(mapNamed(maps, 'hourly'), 'h', 'r')}
     ${joinMap(mapNamed(maps, 'bonus'), 'b', 'r')}`,
  );
  await run(db, `DROP TABLE ${rawTable}`);
}

// DuckDB groups in no set order: the aggregates are sorted so one file always gives one answer.
const GROUP_ORDER = ['clinical', 'non_clinical', 'medical'];
const BOARD_ORDER = ['voting_executive', 'voting_non_executive', 'non_voting'];
const KNOWN_ORDER = ['white', 'bme', 'yes', 'no', 'unknown'];
const cellOrder = (a: TCell, b: TCell) =>
  KNOWN_ORDER.indexOf(a.ethnicity) - KNOWN_ORDER.indexOf(b.ethnicity) ||
  KNOWN_ORDER.indexOf(a.disability) - KNOWN_ORDER.indexOf(b.disability);
type TCell = { ethnicity: string; disability: string };

const pool = (): TPool => ({ selected: 0, pool: 0 });
const add = (p: TPool, selected: number, of: number) => {
  p.selected += selected;
  p.pool += of;
};

/** Bands, board, the three pools, people of each sex and the intersect headcounts, from one scan. */
async function countStaff(db: TDb) {
  const rows = await queryRows(
    db,
    `SELECT staff_group, band, ethnicity, disability, sex, board, count(*) AS n,
       count(*) FILTER (WHERE disciplinary) AS disciplinary,
       count(*) FILTER (WHERE training) AS training,
       count(*) FILTER (WHERE capability) AS capability
     FROM staff GROUP BY ALL`,
  );
  const bands = new Map<string, TBandCount>();
  const board = new Map<string, TBoardCount>();
  const disciplinary = { white: pool(), bme: pool() };
  const training = { white: pool(), bme: pool() };
  const capability = { disabled: pool(), nonDisabled: pool() };
  const sexes = { male: 0, female: 0 };
  for (const row of rows) {
    const r = row as Record<string, string> &
      Record<'n' | 'disciplinary' | 'training' | 'capability', number>;
    const cell = {
      staffGroup: r.staff_group,
      band: r.band,
      ethnicity: r.ethnicity,
      disability: r.disability,
    };
    const bandKey = `${r.staff_group}|${r.band}|${r.ethnicity}|${r.disability}`;
    const band = bands.get(bandKey) ?? ({ ...cell, count: 0 } as TBandCount);
    band.count += r.n;
    bands.set(bandKey, band);
    if (r.board !== 'none') {
      const boardKey = `${r.board}|${r.ethnicity}|${r.disability}`;
      const seat =
        board.get(boardKey) ??
        ({
          board: r.board,
          ethnicity: r.ethnicity,
          disability: r.disability,
          count: 0,
        } as TBoardCount);
      seat.count += r.n;
      board.set(boardKey, seat);
    }
    if (r.ethnicity === 'white' || r.ethnicity === 'bme') {
      add(disciplinary[r.ethnicity], r.disciplinary, r.n);
      add(training[r.ethnicity], r.training, r.n);
    }
    if (r.disability !== 'unknown') {
      add(capability[r.disability === 'yes' ? 'disabled' : 'nonDisabled'], r.capability, r.n);
    }
    if (r.sex === 'male' || r.sex === 'female') sexes[r.sex] += r.n;
  }
  return {
    rows,
    bands: [...bands.values()].sort(
      (a, b) =>
        GROUP_ORDER.indexOf(a.staffGroup) - GROUP_ORDER.indexOf(b.staffGroup) ||
        bandOrder(a.band) - bandOrder(b.band) ||
        cellOrder(a, b),
    ),
    board: [...board.values()].sort(
      (a, b) => BOARD_ORDER.indexOf(a.board) - BOARD_ORDER.indexOf(b.board) || cellOrder(a, b),
    ),
    disciplinary,
    training,
    capability,
    sexes,
  };
}

/** Hourly and bonus pay of every group the measures compare, in one GROUPING SETS scan. */
async function payStatistics(db: TDb) {
  const rows = await queryRows(
    db,
    `SELECT grouping_id(ethnicity, sex, disability) AS g, ethnicity, sex, disability,
       count(hourly) AS n, avg(hourly) AS mean, median(hourly)::DOUBLE AS median,
       count(*) FILTER (WHERE bonus > 0) AS bonus_n,
       avg(bonus) FILTER (WHERE bonus > 0) AS bonus_mean,
       median(bonus) FILTER (WHERE bonus > 0)::DOUBLE AS bonus_median
     FROM staff
     GROUP BY GROUPING SETS ((ethnicity, sex, disability), (ethnicity, sex), (ethnicity, disability),
       (sex, disability), (ethnicity), (sex), (disability))`,
  );
  const byKey = new Map(
    rows.map((r) => [`${Number(r.g)}|${r.ethnicity}|${r.sex}|${r.disability}`, r]),
  );
  /** The group with these values; a dimension left null is not split on (its grouping_id bit). */
  return (ethnicity: string | null, sex: string | null, disability: string | null) =>
    byKey.get(
      `${(ethnicity === null ? 4 : 0) + (sex === null ? 2 : 0) + (disability === null ? 1 : 0)}|${ethnicity}|${sex}|${disability}`,
    );
}

function stats(row: TRow | undefined, prefix: '' | 'bonus_'): TPayStats {
  const count = Number(row?.[`${prefix}n`] ?? 0);
  const mean = row?.[prefix === '' ? 'mean' : 'bonus_mean'];
  const median = row?.[prefix === '' ? 'median' : 'bonus_median'];
  return {
    count,
    mean: count > 0 && typeof mean === 'number' ? mean : null,
    median: count > 0 && typeof median === 'number' ? median : null,
  };
}

/** Staff with hourly pay and a known sex, by pay then file order, in four near-equal groups. */
async function payQuartiles(db: TDb): Promise<TWorkforceAggregates['quartiles']> {
  // ntile(4) gives the lower groups the extra people when the count is not a multiple of 4.
  const rows = await queryRows(
    db,
    `SELECT q, count(*) FILTER (WHERE sex = 'female') AS women, count(*) FILTER (WHERE sex = 'male') AS men
     FROM (SELECT sex, ntile(4) OVER (ORDER BY hourly, rn) AS q FROM staff
           WHERE hourly IS NOT NULL AND sex <> 'unknown')
     GROUP BY q`,
  );
  return ([1, 2, 3, 4] as const).map((quartile) => {
    const row = rows.find((r) => Number(r.q) === quartile);
    return { quartile, women: Number(row?.women ?? 0), men: Number(row?.men ?? 0) };
  });
}

/** Everything the measures need from the staff file, from the typed `staff` table. */
export async function aggregateStaff(db: TDb): Promise<TStaffAggregates> {
  const counts = await countStaff(db);
  const pay = await payStatistics(db);
  const quartiles = await payQuartiles(db);
  const lower = (v: string | null) => (v === null ? null : v.toLowerCase());
  const intersect = INTERSECT_CELLS.map((cell) => {
    const matches = (r: TRow) =>
      (cell.ethnicity === null || r.ethnicity === lower(cell.ethnicity)) &&
      (cell.sex === null || r.sex === cell.sex) &&
      (cell.disability === null || r.disability === cell.disability);
    const people = counts.rows.filter(matches);
    return {
      ...cell,
      headcount: people.reduce((n, r) => n + Number(r.n), 0),
      senior: people.reduce((n, r) => (isSeniorBand(String(r.band)) ? n + Number(r.n) : n), 0),
      pay: stats(pay(lower(cell.ethnicity), cell.sex, cell.disability), ''),
    };
  });
  return {
    bands: counts.bands,
    board: counts.board,
    disciplinary: counts.disciplinary,
    training: counts.training,
    capability: counts.capability,
    hourly: {
      male: stats(pay(null, 'male', null), ''),
      female: stats(pay(null, 'female', null), ''),
      white: stats(pay('white', null, null), ''),
      bme: stats(pay('bme', null, null), ''),
      disabled: stats(pay(null, null, 'yes'), ''),
      nonDisabled: stats(pay(null, null, 'no'), ''),
    },
    bonus: {
      male: stats(pay(null, 'male', null), 'bonus_'),
      female: stats(pay(null, 'female', null), 'bonus_'),
      menInAll: counts.sexes.male,
      womenInAll: counts.sexes.female,
    },
    quartiles,
    intersect,
  };
}

/** Appointed out of shortlisted for each group, summed over the applicant map's tuples. */
export function aggregateRecruitment(
  maps: readonly TValueMap[],
): TWorkforceAggregates['appointed'] {
  const appointed = { white: pool(), bme: pool(), disabled: pool(), nonDisabled: pool() };
  for (const { readings, rows } of mapNamed(maps, 'applicant').counts) {
    const [ethnicity, disability, isAppointed] = readings.map((r) =>
      r === 'bad' ? null : r.value,
    );
    const selected = isAppointed === true ? rows : 0;
    if (ethnicity === 'white' || ethnicity === 'bme') add(appointed[ethnicity], selected, rows);
    if (disability === 'yes') add(appointed.disabled, selected, rows);
    if (disability === 'no') add(appointed.nonDisabled, selected, rows);
  }
  return appointed;
}
