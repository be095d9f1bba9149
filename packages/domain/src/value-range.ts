// The sane range of a KPI's values: one rule per unit, which a KPI may narrow. The API, the
// import, the workforce save and both apps' forms all ask these functions, so they refuse alike.

import { isSignedPercent } from './library/indicators.ts';
import type { TKpiUnit } from './report/types.ts';

/** No KPI value, baseline or target is larger than this either way: 1e308 is a typing slip. */
export const VALUE_LIMIT = 1_000_000_000;

/** The EDS 2022 total: eleven outcomes scored 0 to 3. */
export const EDS_TOTAL_MAX = 33;

/** Inclusive bounds, and what kind of value they are for, as a message reads it. */
export type TValueRange = { low: number; high: number; kind: string };

export type TRangeKpi = {
  unit: TKpiUnit;
  code?: string;
  /** A gap or a difference (pay gaps, WRES 9, WDES 10): see `isSignedPercent`. */
  signedPercent?: boolean;
  /** The KPI's own narrower range, when the EDI team set one. */
  rangeLow?: number | null;
  rangeHigh?: number | null;
};

export type TFieldProblem = { field: string; message: string };

const isEdsTotal = (code: string | undefined) => code?.trim().toUpperCase() === 'EDS-TOTAL';

/** The widest range the unit allows, before the KPI narrows it. */
export function unitRangeOf(kpi: Pick<TRangeKpi, 'unit' | 'code' | 'signedPercent'>): TValueRange {
  switch (kpi.unit) {
    case 'percent':
      return kpi.signedPercent
        ? { low: -100, high: 100, kind: 'a signed percentage (a gap or a difference)' }
        : { low: 0, high: 100, kind: 'a percentage' };
    case 'ratio':
      return { low: 0, high: VALUE_LIMIT, kind: 'a ratio' };
    case 'score':
      return isEdsTotal(kpi.code)
        ? { low: 0, high: EDS_TOTAL_MAX, kind: 'an EDS 2022 total score' }
        : { low: 0, high: VALUE_LIMIT, kind: 'a score' };
    case 'currency':
      return { low: 0, high: VALUE_LIMIT, kind: 'an amount of money' };
    case 'number':
      return { low: -VALUE_LIMIT, high: VALUE_LIMIT, kind: 'a number' };
  }
}

/** The range a KPI's values must lie in: its unit's range, narrowed by the KPI's own bounds. */
export function valueRangeOf(kpi: TRangeKpi): TValueRange {
  const unit = unitRangeOf(kpi);
  const low = kpi.rangeLow ?? null;
  const high = kpi.rangeHigh ?? null;
  if (low === null && high === null) return unit;
  return {
    low: low === null ? unit.low : Math.max(unit.low, low),
    high: high === null ? unit.high : Math.min(unit.high, high),
    kind: `${unit.kind} in this KPI’s range`,
  };
}

/** A number as a message shows it: grouped digits, and no 300-digit expansions of 1e308. */
export function showNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e15) return n.toExponential().replace('e+', 'e');
  return n.toLocaleString('en-GB', { maximumFractionDigits: 6 });
}

/**
 * Null when `value` is finite and inside `range`; otherwise the message, naming the field by its
 * label: "The target value must be between 0 and 100 for a percentage, not 250".
 */
export function checkValueInRange(value: number, range: TValueRange, label: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `${label} must be a finite number`;
  if (value >= range.low && value <= range.high) return null;
  return `${label} must be between ${showNumber(range.low)} and ${showNumber(range.high)} for ${range.kind}, not ${showNumber(value)}`;
}

/** The KPI's own bounds: each inside the unit's range, and the low end not above the high end. */
export function rangeBoundsProblems(kpi: TRangeKpi): TFieldProblem[] {
  const unit = unitRangeOf(kpi);
  const problems: TFieldProblem[] = [];
  const bounds = [
    ['rangeLow', kpi.rangeLow, 'The lowest sensible value'],
    ['rangeHigh', kpi.rangeHigh, 'The highest sensible value'],
  ] as const;
  for (const [field, bound, label] of bounds) {
    if (bound === null || bound === undefined) continue;
    const message = checkValueInRange(bound, unit, label);
    if (message) problems.push({ field, message });
  }
  if (
    problems.length === 0 &&
    typeof kpi.rangeLow === 'number' &&
    typeof kpi.rangeHigh === 'number' &&
    kpi.rangeLow > kpi.rangeHigh
  ) {
    problems.push({
      field: 'rangeLow',
      message: `The lowest sensible value (${showNumber(kpi.rangeLow)}) is above the highest (${showNumber(kpi.rangeHigh)})`,
    });
  }
  return problems;
}

/** The numbers of a KPI definition that hold KPI values, each with its field and label. */
export type TKpiValues = {
  baseline?: { value: number } | null;
  target?: { value: number } | null;
  band?: { low: number; high: number } | null;
  trajectory?: readonly { value: number }[] | null;
};

/**
 * Every problem with a KPI's own range and with the values its definition holds (baseline,
 * target, band ends, trajectory points), each named by its field: a percent baseline of 250 or
 * a target of 1e12 is refused here.
 */
export function kpiValueProblems(kpi: TRangeKpi & TKpiValues): TFieldProblem[] {
  const bounds = rangeBoundsProblems(kpi);
  const range = bounds.length ? unitRangeOf(kpi) : valueRangeOf(kpi);
  const values: [string, number | undefined, string][] = [
    ['baseline.value', kpi.baseline?.value, 'The baseline value'],
    ['target.value', kpi.target?.value, 'The target value'],
    ['band.low', kpi.band?.low, 'The band’s low end'],
    ['band.high', kpi.band?.high, 'The band’s high end'],
    ...(kpi.trajectory ?? []).map((p, i): [string, number, string] => [
      `trajectory.${i}.value`,
      p.value,
      `Trajectory point ${i + 1}’s value`,
    ]),
  ];
  const problems = [...bounds];
  for (const [field, value, label] of values) {
    if (typeof value !== 'number') continue;
    const message = checkValueInRange(value, range, label);
    if (message) problems.push({ field, message });
  }
  return problems;
}

/** A KPI as stored: whether a percentage is signed shows in its code, tags or numbers. */
export type TStoredRangeKpi = {
  unit: TKpiUnit;
  code: string;
  baselineValue: number;
  targetValue?: number | null;
  bandLow?: number | null;
  rangeLow?: number | null;
  rangeHigh?: number | null;
  tags?: readonly { framework: string; code: string }[];
};

/** The range of a stored KPI's values, as the API, the import and the KPI page read it. */
export function valueRangeOfStored(kpi: TStoredRangeKpi): TValueRange {
  return valueRangeOf({
    unit: kpi.unit,
    code: kpi.code,
    signedPercent: kpi.unit === 'percent' && isSignedPercent(kpi),
    rangeLow: kpi.rangeLow,
    rangeHigh: kpi.rangeHigh,
  });
}
