// Every WRES, WDES and pay-gap measure of WORKFORCE.md §2, from the reader's aggregates. Values are
// unrounded (display rounds); a value built from fewer people than the threshold keeps its value
// and is marked suppressed, for the EDI team's own screen only.
import { parseIsoDay } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { assertThreshold, payGap, relativeLikelihood, suppressionMarks } from '../equality.ts';
import { isSeniorBand } from './classify.ts';
import {
  assertCount,
  intersectRows,
  percentOf,
  wdesBandRows,
  wresBandRows,
} from './measure-tables.ts';
import type {
  TBandCount,
  TBoardCount,
  TBoardGap,
  TLikelihood,
  TPayGap,
  TPayStats,
  TPool,
  TWorkforceAggregates,
  TWorkforceMeasures,
  TWorkforceResult,
} from './types.ts';

export type TWorkforceOptions = { asOf: string; threshold: number };

/** RL(a over b), suppressed when any of its four counts is below the threshold. */
function likelihood(a: TPool, b: TPool, threshold: number): TLikelihood {
  return {
    value: relativeLikelihood(a, b),
    numerator: a,
    denominator: b,
    suppressed: [a.selected, a.pool, b.selected, b.pool].some((n) => n < threshold),
  };
}

/** (reference − comparison) ÷ reference × 100, null when a figure is missing or the reference is 0. */
function gapOf(reference: number | null, comparison: number | null): number | null {
  if (reference === null || comparison === null || reference === 0) return null;
  return payGap(reference, comparison);
}

/** Mean and median gap between two groups' pay; either group under the threshold suppresses it. */
function payGapOf(reference: TPayStats, comparison: TPayStats, threshold: number): TPayGap {
  const isEmpty = reference.count === 0 || comparison.count === 0;
  return {
    meanHourly: isEmpty ? null : gapOf(reference.mean, comparison.mean),
    medianHourly: isEmpty ? null : gapOf(reference.median, comparison.median),
    suppressed: reference.count < threshold || comparison.count < threshold,
  };
}

type TSide = (cell: { ethnicity: string; disability: string }) => boolean;

function countWhere<T extends { count: number }>(cells: readonly T[], keep: (c: T) => boolean) {
  return cells.reduce((sum, cell) => (keep(cell) ? sum + cell.count : sum), 0);
}

/** WRES 9 / WDES 10: the group's % of the voting board (and of its executives) minus its % of staff. */
function boardGap(
  board: readonly TBoardCount[],
  bands: readonly TBandCount[],
  isInGroup: TSide,
  threshold: number,
): TBoardGap {
  const headcount = countWhere(bands, () => true);
  const workforcePercent = percentOf(countWhere(bands, isInGroup), headcount);
  const isVoting = (c: TBoardCount) =>
    c.board === 'voting_executive' || c.board === 'voting_non_executive';
  const isExecutive = (c: TBoardCount) => c.board === 'voting_executive';
  const voting = countWhere(board, isVoting);
  const executive = countWhere(board, isExecutive);
  const boardPercent = percentOf(
    countWhere(board, (c) => isVoting(c) && isInGroup(c)),
    voting,
  );
  const executivePercent = percentOf(
    countWhere(board, (c) => isExecutive(c) && isInGroup(c)),
    executive,
  );
  const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    value: minus(boardPercent, workforcePercent),
    boardPercent,
    workforcePercent,
    executiveValue: minus(executivePercent, workforcePercent),
    executivePercent,
    suppressed: voting < threshold || headcount < threshold,
    executiveSuppressed: executive < threshold || headcount < threshold,
  };
}

/** GPG: hourly and bonus gaps, bonus proportions and the pay quartiles. */
function genderPayGap(
  aggregates: TWorkforceAggregates,
  threshold: number,
): TWorkforceMeasures['GPG'] {
  const { hourly, bonus } = aggregates;
  const bonusGap = payGapOf(bonus.male, bonus.female, threshold);
  const quartiles = [...aggregates.quartiles].sort((a, b) => a.quartile - b.quartile);
  quartiles.forEach((q, i) => {
    assertCount(q.women, `quartiles.${i}.women`);
    assertCount(q.men, `quartiles.${i}.men`);
  });
  const marks = suppressionMarks(
    quartiles.map((q) => q.women < threshold || q.men < threshold),
    quartiles.map((q) => q.women + q.men),
  );
  return {
    ...payGapOf(hourly.male, hourly.female, threshold),
    meanBonus: bonusGap.meanHourly,
    medianBonus: bonusGap.medianHourly,
    bonusPercentMen: percentOf(bonus.male.count, bonus.menInAll),
    bonusPercentWomen: percentOf(bonus.female.count, bonus.womenInAll),
    bonusSuppressed: bonusGap.suppressed,
    quartiles: quartiles.map((q, i) => ({
      quartile: q.quartile,
      percentWomen: percentOf(q.women, q.women + q.men),
      percentMen: percentOf(q.men, q.women + q.men),
      suppressed: marks[i] !== null,
    })),
  };
}

function validateOptions(opts: TWorkforceOptions): void {
  assertThreshold(opts.threshold);
  try {
    parseIsoDay(opts.asOf);
  } catch {
    throw new DomainError(
      'invalid_date',
      `The snapshot date must be a calendar date like 2026-03-31, not "${String(opts.asOf)}"`,
      'asOf',
    );
  }
}

/** Every measure of WORKFORCE.md §2 from the aggregates, with each cell's suppression marked. */
export function computeWorkforceMeasures(
  aggregates: TWorkforceAggregates,
  opts: TWorkforceOptions,
): TWorkforceResult {
  validateOptions(opts);
  const { threshold } = opts;
  const { bands, board, appointed, hourly } = aggregates;
  board.forEach((cell, i) => assertCount(cell.count, `board.${i}.count`));
  const wres1 = wresBandRows(bands, threshold);
  const headcount = countWhere(bands, () => true);
  const known = countWhere(bands, (c) => c.disability !== 'unknown');
  const seniorCells = bands.filter((c) => isSeniorBand(c.band));
  const senior = countWhere(seniorCells, () => true);
  const isBme: TSide = (c) => c.ethnicity === 'bme';
  const isDisabled: TSide = (c) => c.disability === 'yes';
  return {
    asOf: opts.asOf,
    threshold,
    rows: aggregates.rows,
    measures: {
      'WRES-1': wres1,
      'WRES-2': appointed && likelihood(appointed.white, appointed.bme, threshold),
      'WRES-3': likelihood(aggregates.disciplinary.bme, aggregates.disciplinary.white, threshold),
      'WRES-4': likelihood(aggregates.training.white, aggregates.training.bme, threshold),
      'WRES-9': boardGap(board, bands, isBme, threshold),
      'WDES-1': wdesBandRows(bands, threshold),
      'WDES-1-declaration': headcount > 0 ? known / headcount : null,
      'WDES-2': appointed && likelihood(appointed.nonDisabled, appointed.disabled, threshold),
      'WDES-3': likelihood(
        aggregates.capability.disabled,
        aggregates.capability.nonDisabled,
        threshold,
      ),
      'WDES-10': boardGap(board, bands, isDisabled, threshold),
      GPG: genderPayGap(aggregates, threshold),
      EPG: payGapOf(hourly.white, hourly.bme, threshold),
      DPG: payGapOf(hourly.nonDisabled, hourly.disabled, threshold),
      SENIOR: {
        bmePercent: percentOf(countWhere(seniorCells, isBme), senior),
        disabledPercent: percentOf(countWhere(seniorCells, isDisabled), senior),
        suppressed: senior < threshold,
      },
      INTERSECT: intersectRows(aggregates.intersect, headcount, threshold),
    },
  };
}
