// The tables of the workforce measures: WRES 1 / WDES 1 by staff group and band, and the
// intersectional table. Each row is marked suppressed by the one secondary rule of equality.ts.
import { DomainError } from '../errors.ts';
import { suppressionMarks } from '../equality.ts';
import { bandOrder } from './classify.ts';
import type {
  TBandCount,
  TIntersectAggregate,
  TIntersectRow,
  TStaffGroup,
  TWdesBandRow,
  TWresBandRow,
} from './types.ts';

const STAFF_GROUP_ORDER: readonly TStaffGroup[] = ['clinical', 'non_clinical', 'medical'];

/** part ÷ whole × 100, or null when the whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

/** Throws unless every count of the reader is a whole number, 0 or more. */
export function assertCount(n: number, field: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new DomainError(
      'invalid_count',
      `The count ${field} must be a whole number, 0 or more, not ${String(n)}`,
      field,
    );
  }
}

/**
 * Marks a table's rows: a row is small when any of its counts is below the threshold (0 included),
 * and the next smallest row by headcount is hidden too when exactly one row is small.
 */
export function markRows<T>(
  rows: readonly T[],
  countsOf: (row: T) => readonly number[],
  headcountOf: (row: T) => number,
  threshold: number,
): (T & { suppressed: boolean })[] {
  const marks = suppressionMarks(
    rows.map((row) => countsOf(row).some((n) => n < threshold)),
    rows.map(headcountOf),
  );
  return rows.map((row, i) => ({ ...row, suppressed: marks[i] !== null }));
}

type TCell = { staffGroup: TStaffGroup; band: string; cells: TBandCount[] };

/** The people of `bands` by (staff group, band), sorted by staff group then band order. */
function groupByBand(bands: readonly TBandCount[]): TCell[] {
  const byKey = new Map<string, TCell>();
  bands.forEach((cell, i) => {
    assertCount(cell.count, `bands.${i}.count`);
    const key = `${cell.staffGroup}|${cell.band}`;
    const found = byKey.get(key);
    if (found) found.cells.push(cell);
    else byKey.set(key, { staffGroup: cell.staffGroup, band: cell.band, cells: [cell] });
  });
  return [...byKey.values()].sort(
    (a, b) =>
      STAFF_GROUP_ORDER.indexOf(a.staffGroup) - STAFF_GROUP_ORDER.indexOf(b.staffGroup) ||
      bandOrder(a.band) - bandOrder(b.band),
  );
}

function sumWhere(cells: readonly TBandCount[], keep: (cell: TBandCount) => boolean): number {
  return cells.reduce((sum, cell) => (keep(cell) ? sum + cell.count : sum), 0);
}

/** WRES 1: White, BME and unknown counts of each band, and the BME % of its headcount. */
export function wresBandRows(bands: readonly TBandCount[], threshold: number): TWresBandRow[] {
  const rows = groupByBand(bands).map(({ staffGroup, band, cells }) => {
    const white = sumWhere(cells, (c) => c.ethnicity === 'white');
    const bme = sumWhere(cells, (c) => c.ethnicity === 'bme');
    const unknown = sumWhere(cells, (c) => c.ethnicity === 'unknown');
    return {
      staffGroup,
      band,
      white,
      bme,
      unknown,
      percent: percentOf(bme, white + bme + unknown),
    };
  });
  return markRows(
    rows,
    (r) => [r.white, r.bme, r.unknown],
    (r) => r.white + r.bme + r.unknown,
    threshold,
  );
}

/** WDES 1: Disabled, non-disabled and unknown counts of each band, and the Disabled %. */
export function wdesBandRows(bands: readonly TBandCount[], threshold: number): TWdesBandRow[] {
  const rows = groupByBand(bands).map(({ staffGroup, band, cells }) => {
    const disabled = sumWhere(cells, (c) => c.disability === 'yes');
    const nonDisabled = sumWhere(cells, (c) => c.disability === 'no');
    const unknown = sumWhere(cells, (c) => c.disability === 'unknown');
    const headcount = disabled + nonDisabled + unknown;
    return {
      staffGroup,
      band,
      disabled,
      nonDisabled,
      unknown,
      percent: percentOf(disabled, headcount),
    };
  });
  return markRows(
    rows,
    (r) => [r.disabled, r.nonDisabled, r.unknown],
    (r) => r.disabled + r.nonDisabled + r.unknown,
    threshold,
  );
}

type TIntersectCell = Pick<TIntersectAggregate, 'ethnicity' | 'sex' | 'disability'>;

function intersectCells(): TIntersectCell[] {
  const ethnicities = ['White', 'BME'] as const;
  const sexes = ['female', 'male'] as const;
  const disabilities = ['yes', 'no'] as const;
  const triples = ethnicities.flatMap((ethnicity) =>
    sexes.flatMap((sex) => disabilities.map((disability) => ({ ethnicity, sex, disability }))),
  );
  const pairs = [
    ...ethnicities.flatMap((ethnicity) =>
      sexes.map((sex) => ({ ethnicity, sex, disability: null })),
    ),
    ...ethnicities.flatMap((ethnicity) =>
      disabilities.map((disability) => ({ ethnicity, sex: null, disability })),
    ),
    ...sexes.flatMap((sex) =>
      disabilities.map((disability) => ({ ethnicity: null, sex, disability })),
    ),
  ];
  return [...triples, ...pairs];
}

/**
 * The intersectional cells, in the order of the table: the 8 triples of ethnicity × sex ×
 * disability, then the 12 pairs (the dimension a pair does not split by is null).
 */
export const INTERSECT_CELLS: readonly TIntersectCell[] = intersectCells();

function cellIndex(cell: TIntersectCell): number {
  return INTERSECT_CELLS.findIndex(
    (c) => c.ethnicity === cell.ethnicity && c.sex === cell.sex && c.disability === cell.disability,
  );
}

/**
 * INTERSECT: one row per aggregate, in the order of `INTERSECT_CELLS`, with the mean pay gap against
 * White non-disabled men. A row is small when its headcount or its number of people with pay is.
 */
export function intersectRows(
  aggregates: readonly TIntersectAggregate[],
  headcount: number,
  threshold: number,
): TIntersectRow[] {
  const indexed = aggregates.map((cell, i) => {
    const at = cellIndex(cell);
    if (at < 0) {
      throw new DomainError(
        'invalid_option',
        `Intersect cell ${i + 1} (${String(cell.ethnicity)}, ${String(cell.sex)}, ${String(cell.disability)}) is not one of INTERSECT_CELLS`,
        `intersect.${i}`,
      );
    }
    for (const key of ['headcount', 'senior'] as const)
      assertCount(cell[key], `intersect.${i}.${key}`);
    assertCount(cell.pay.count, `intersect.${i}.pay.count`);
    return { cell, at };
  });
  const sorted = indexed.sort((a, b) => a.at - b.at).map((x) => x.cell);
  const reference = sorted.find(
    (c) => c.ethnicity === 'White' && c.sex === 'male' && c.disability === 'no',
  )?.pay.mean;
  const rows = sorted.map((cell) => ({
    ethnicity: cell.ethnicity,
    sex: cell.sex,
    disability: cell.disability,
    headcount: cell.headcount,
    percentOfWorkforce: percentOf(cell.headcount, headcount),
    percentSenior: percentOf(cell.senior, cell.headcount),
    meanHourly: cell.pay.mean,
    medianHourly: cell.pay.median,
    meanGapVsReference:
      reference && cell.pay.mean !== null ? ((reference - cell.pay.mean) / reference) * 100 : null,
    payCount: cell.pay.count,
  }));
  return markRows(
    rows,
    (r) => [r.headcount, r.payCount],
    (r) => r.headcount,
    threshold,
  ).map(({ payCount: _payCount, ...row }) => row);
}
