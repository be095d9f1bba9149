// Test-only: a 40-person trust written out person by person, and a small aggregator that does what
// the DuckDB reader does (counts, means, exact medians, quartiles), so the rules can be checked
// against figures worked out by hand in measures.test.ts.
import { INTERSECT_CELLS } from '../src/workforce/measure-tables.ts';
import type {
  TBoardRole,
  TDisabilityGroup,
  TEthnicityGroup,
  TPayStats,
  TSex,
  TStaffGroup,
  TWorkforceAggregates,
} from '../src/workforce/types.ts';

export type TPerson = {
  id: number;
  ethnicity: TEthnicityGroup;
  sex: TSex;
  disability: TDisabilityGroup;
  staffGroup: TStaffGroup;
  band: string;
  board: TBoardRole;
  hourly: number | null;
  bonus: number;
  disciplinary: boolean;
  capability: boolean;
  training: boolean;
};
export type TApplicant = {
  ethnicity: TEthnicityGroup;
  disability: TDisabilityGroup;
  appointed: boolean;
};

// eth: W White, B BME, U unknown; sex: F, M, U; dis: Y Disabled, N non-disabled, U unknown;
// group: C clinical, NC non-clinical, M medical; board: - none, VE / VNE voting (non-)executive,
// NV non-voting; hourly "-" = no hourly pay; disc / cap / train: y or n.
// prettier-ignore
const STAFF_TABLE = `
  id eth sex dis group band      board hourly bonus disc cap train
   1  W   F   N   C    Band_5    -     15.00     0   n    n   y
   2  W   F   N   C    Band_5    -     15.50     0   n    n   y
   3  W   F   Y   C    Band_5    -     16.00     0   n    y   n
   4  W   M   N   C    Band_5    -     16.50     0   y    n   y
   5  B   F   N   C    Band_5    -     14.00     0   y    n   n
   6  B   F   N   C    Band_5    -     14.50     0   n    n   y
   7  B   F   Y   C    Band_5    -     15.25     0   y    y   n
   8  B   M   N   C    Band_5    -     16.25     0   n    n   n
   9  B   F   N   C    Band_5    -     -         0   n    n   y
  10  B   F   U   C    Band_5    -     14.75     0   n    n   n
  11  U   F   N   C    Band_5    -     -         0   n    n   y
  12  U   U   U   C    Band_5    -     15.75     0   n    n   n
  13  W   F   N   C    Band_7    -     23.00     0   n    n   y
  14  W   F   N   C    Band_7    -     24.00     0   n    n   y
  15  W   M   Y   C    Band_7    -     25.00     0   n    n   y
  16  W   M   N   C    Band_7    -     26.00     0   n    y   n
  17  B   F   N   C    Band_7    -     22.00     0   y    n   y
  18  B   F   Y   C    Band_7    -     22.50     0   n    y   n
  19  B   M   N   C    Band_7    -     24.50     0   n    n   y
  20  U   F   U   C    Band_7    -     23.50     0   n    n   n
  21  W   F   N   NC   Band_3    -     11.00     0   n    n   n
  22  W   F   N   NC   Band_3    -     11.50     0   n    n   y
  23  W   M   Y   NC   Band_3    -     12.00     0   n    y   n
  24  W   F   U   NC   Band_3    -     -         0   n    n   n
  25  B   F   N   NC   Band_3    -     11.25     0   y    n   n
  26  B   M   N   NC   Band_3    -     12.50     0   n    n   n
  27  B   F   Y   NC   Band_3    -     11.75     0   n    n   y
  28  U   M   N   NC   Band_3    -     12.25     0   n    n   n
  29  W   F   N   NC   Band_8a   VNE   30.00     0   n    n   y
  30  W   M   N   NC   Band_8a   -     31.00     0   n    n   y
  31  B   M   N   NC   Band_8a   -     32.00     0   n    n   y
  32  B   F   U   NC   Band_8a   -     -         0   n    n   n
  33  W   F   Y   NC   Band_8c   VNE   40.00   500   n    n   y
  34  B   M   N   NC   Band_8c   NV    42.00     0   n    n   y
  35  W   M   N   NC   VSM       VE    60.00  2000   n    n   n
  36  B   F   N   NC   VSM       VE    70.00  1000   n    n   y
  37  W   M   N   M    Consultant VE   50.00  3000   n    n   y
  38  W   F   N   M    Consultant -    52.00  2000   n    n   y
  39  B   M   N   M    Consultant -    54.00  4000   y    n   y
  40  B   F   Y   M    Consultant -    56.00  1000   n    n   n
`;

// prettier-ignore
const RECRUITMENT_TABLE = `
  eth dis appointed
  W   N   y
  W   N   y
  W   Y   y
  W   N   n
  W   N   n
  W   N   n
  B   N   y
  B   N   y
  B   Y   n
  B   Y   n
  B   Y   n
  B   N   n
  B   N   n
  B   N   n
  U   U   y
`;

const ETHNICITY = { W: 'white', B: 'bme', U: 'unknown' } as const;
const SEX = { F: 'female', M: 'male', U: 'unknown' } as const;
const DISABILITY = { Y: 'yes', N: 'no', U: 'unknown' } as const;
const STAFF_GROUP = { C: 'clinical', NC: 'non_clinical', M: 'medical' } as const;
const BOARD = {
  '-': 'none',
  VE: 'voting_executive',
  VNE: 'voting_non_executive',
  NV: 'non_voting',
} as const;

function rowsOf(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/));
}

function pick<T extends Record<string, string>>(map: T, key: string | undefined): T[keyof T] {
  const value = map[key as keyof T];
  if (value === undefined) throw new Error(`Unknown fixture code ${String(key)}`);
  return value;
}

export const STAFF: readonly TPerson[] = rowsOf(STAFF_TABLE).map((c) => ({
  id: Number(c[0]),
  ethnicity: pick(ETHNICITY, c[1]),
  sex: pick(SEX, c[2]),
  disability: pick(DISABILITY, c[3]),
  staffGroup: pick(STAFF_GROUP, c[4]),
  band: (c[5] ?? '').replace('_', ' '),
  board: pick(BOARD, c[6]),
  hourly: c[7] === '-' ? null : Number(c[7]),
  bonus: Number(c[8]),
  disciplinary: c[9] === 'y',
  capability: c[10] === 'y',
  training: c[11] === 'y',
}));

export const RECRUITMENT: readonly TApplicant[] = rowsOf(RECRUITMENT_TABLE).map((c) => ({
  ethnicity: pick(ETHNICITY, c[0]),
  disability: pick(DISABILITY, c[1]),
  appointed: c[2] === 'y',
}));

/** Count, mean and exact median (the mean of the two middle values when the count is even). */
export function payStats(amounts: readonly number[]): TPayStats {
  if (amounts.length === 0) return { count: 0, mean: null, median: null };
  const sorted = [...amounts].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    count: sorted.length,
    mean: amounts.reduce((s, a) => s + a, 0) / amounts.length,
    median,
  };
}

function poolOf<T>(people: readonly T[], isIn: (p: T) => boolean, isSelected: (p: T) => boolean) {
  const pool = people.filter(isIn);
  return { selected: pool.filter(isSelected).length, pool: pool.length };
}

/** What the file reader gives the rules, worked out the slow and obvious way. */
export function buildAggregates(
  staff: readonly TPerson[],
  recruitment: readonly TApplicant[] | null,
): TWorkforceAggregates {
  const isWhite = (p: { ethnicity: string }) => p.ethnicity === 'white';
  const isBme = (p: { ethnicity: string }) => p.ethnicity === 'bme';
  const isDisabled = (p: { disability: string }) => p.disability === 'yes';
  const isNonDisabled = (p: { disability: string }) => p.disability === 'no';
  const paid = staff.filter((p) => p.hourly !== null);
  const hourlyOf = (keep: (p: TPerson) => boolean) =>
    payStats(paid.filter(keep).map((p) => p.hourly ?? 0));
  const bonused = staff.filter((p) => p.bonus > 0);
  const bonusOf = (sex: TSex) => payStats(bonused.filter((p) => p.sex === sex).map((p) => p.bonus));

  const bands = new Map<string, TWorkforceAggregates['bands'][number]>();
  for (const p of staff) {
    const key = [p.staffGroup, p.band, p.ethnicity, p.disability].join('|');
    const count = (bands.get(key)?.count ?? 0) + 1;
    const { staffGroup, band, ethnicity, disability } = p;
    bands.set(key, { staffGroup, band, ethnicity, disability, count });
  }
  const board = new Map<string, TWorkforceAggregates['board'][number]>();
  for (const p of staff) {
    if (p.board === 'none') continue;
    const key = [p.board, p.ethnicity, p.disability].join('|');
    const count = (board.get(key)?.count ?? 0) + 1;
    board.set(key, { board: p.board, ethnicity: p.ethnicity, disability: p.disability, count });
  }

  // Quartiles: staff with pay and a known sex, lowest pay first; the lower quartiles take the extra.
  const ranked = paid
    .filter((p) => p.sex !== 'unknown')
    .sort((a, b) => (a.hourly ?? 0) - (b.hourly ?? 0));
  const base = Math.floor(ranked.length / 4);
  const extra = ranked.length % 4;
  let start = 0;
  const quartiles = ([1, 2, 3, 4] as const).map((quartile) => {
    const size = base + (quartile <= extra ? 1 : 0);
    const group = ranked.slice(start, start + size);
    start += size;
    const women = group.filter((p) => p.sex === 'female').length;
    return { quartile, women, men: group.length - women };
  });

  const intersect = INTERSECT_CELLS.map((cell) => {
    const people = staff.filter(
      (p) =>
        (cell.ethnicity === null || p.ethnicity === cell.ethnicity.toLowerCase()) &&
        (cell.sex === null || p.sex === cell.sex) &&
        (cell.disability === null || p.disability === cell.disability),
    );
    return {
      ...cell,
      headcount: people.length,
      senior: people.filter((p) => ['Band 8c', 'Band 8d', 'Band 9', 'VSM'].includes(p.band)).length,
      pay: payStats(people.flatMap((p) => (p.hourly === null ? [] : [p.hourly]))),
    };
  });

  return {
    rows: { staff: staff.length, recruitment: recruitment ? recruitment.length : null },
    bands: [...bands.values()],
    board: [...board.values()],
    appointed: recruitment && {
      white: poolOf(recruitment, isWhite, (a) => a.appointed),
      bme: poolOf(recruitment, isBme, (a) => a.appointed),
      disabled: poolOf(recruitment, isDisabled, (a) => a.appointed),
      nonDisabled: poolOf(recruitment, isNonDisabled, (a) => a.appointed),
    },
    disciplinary: {
      white: poolOf(staff, isWhite, (p) => p.disciplinary),
      bme: poolOf(staff, isBme, (p) => p.disciplinary),
    },
    training: {
      white: poolOf(staff, isWhite, (p) => p.training),
      bme: poolOf(staff, isBme, (p) => p.training),
    },
    capability: {
      disabled: poolOf(staff, isDisabled, (p) => p.capability),
      nonDisabled: poolOf(staff, isNonDisabled, (p) => p.capability),
    },
    hourly: {
      male: hourlyOf((p) => p.sex === 'male'),
      female: hourlyOf((p) => p.sex === 'female'),
      white: hourlyOf(isWhite),
      bme: hourlyOf(isBme),
      disabled: hourlyOf(isDisabled),
      nonDisabled: hourlyOf(isNonDisabled),
    },
    bonus: {
      male: bonusOf('male'),
      female: bonusOf('female'),
      menInAll: staff.filter((p) => p.sex === 'male').length,
      womenInAll: staff.filter((p) => p.sex === 'female').length,
    },
    quartiles,
    intersect,
  };
}
