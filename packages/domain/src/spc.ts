import { DomainError } from './errors.ts';

export type TSpcDirection = 'increase' | 'decrease' | 'band';
export type TSpcSignal = 'improvement' | 'concern' | 'neither';
export type TSpcRule =
  | 'beyond_upper_limit'
  | 'beyond_lower_limit'
  | 'shift_high'
  | 'shift_low'
  | 'trend_up'
  | 'trend_down'
  | 'two_sigma_high'
  | 'two_sigma_low';
export type TSpcVariation =
  | 'common_cause'
  | 'improvement_high'
  | 'improvement_low'
  | 'concern_high'
  | 'concern_low'
  | 'neither_high'
  | 'neither_low';
export type TSpcAssurance = 'pass' | 'fail' | 'hit_or_miss';

export type TSpcOptions = {
  direction?: TSpcDirection;
  target?: number | null;
  minimumPoints?: number;
  shiftLength?: number;
  trendLength?: number;
  screenOutliers?: boolean;
  conflict?: 'improvement' | 'concern';
};

export type TSpcPoint = { value: number; signal: TSpcSignal | null; rules: TSpcRule[] };

export type TSpcResult = {
  ruleSet: string;
  /** Mean of the values (0 when there are none). */
  mean: number;
  movingRangeMean: number | null;
  upperLimit: number | null;
  lowerLimit: number | null;
  upperTwoSigma: number | null;
  lowerTwoSigma: number | null;
  points: TSpcPoint[];
  variation: TSpcVariation | null;
  assurance: TSpcAssurance | null;
};

/** NHS England Making Data Count constants (SQL tool v2.6, January 2024). */
export const SPC_DEFAULTS = { minimumPoints: 13, shiftLength: 6, trendLength: 6, screenOutliers: false, conflict: 'improvement' } as const;
const LIMIT = 2.66;
const TWO_SIGMA = (2 / 3) * 2.66;
const OUTLIER_MR = 3.267;

const HIGH_RULES = new Set<TSpcRule>(['beyond_upper_limit', 'shift_high', 'trend_up', 'two_sigma_high']);

function wholeNumber(value: number, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('invalid_option', `${label} must be a whole number from ${min} to ${max}, not ${String(value)}`);
  }
  return value;
}

function ruleSetName(o: Required<Omit<TSpcOptions, 'direction' | 'target'>>): string {
  return `mdc-v2.6 limits=2.66mr shift=${o.shiftLength} trend=${o.trendLength} two-of-three=2sigma min=${o.minimumPoints} screen=${o.screenOutliers ? 'on' : 'off'} conflict=${o.conflict}`;
}

/** XmR chart with the Making Data Count rules and icons (DOMAIN.md §5). No rounding is done. */
export function spc(values: readonly number[], opts: TSpcOptions = {}): TSpcResult {
  const settings = {
    minimumPoints: wholeNumber(opts.minimumPoints ?? SPC_DEFAULTS.minimumPoints, 'The minimum number of points', 2, 1000),
    shiftLength: wholeNumber(opts.shiftLength ?? SPC_DEFAULTS.shiftLength, 'The shift length', 6, 8),
    trendLength: wholeNumber(opts.trendLength ?? SPC_DEFAULTS.trendLength, 'The trend length', 6, 8),
    screenOutliers: opts.screenOutliers ?? SPC_DEFAULTS.screenOutliers,
    conflict: opts.conflict ?? SPC_DEFAULTS.conflict,
  };
  if (settings.conflict !== 'improvement' && settings.conflict !== 'concern') {
    throw new DomainError('invalid_option', `A point flagged both ways must show as improvement or concern, not ${String(settings.conflict)}`);
  }
  const direction = opts.direction ?? 'band';
  const target = opts.target ?? null;
  if (target !== null && !Number.isFinite(target)) {
    throw new DomainError('invalid_number', `The SPC target must be a finite number, not ${String(target)}`, 'target');
  }
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v)) throw new DomainError('invalid_number', `SPC value ${i + 1} must be a finite number, not ${String(v)}`, `values.${i}`);
    sum += v;
  }
  const mean = n === 0 ? 0 : sum / n;
  const ruleSet = ruleSetName(settings);
  if (n < settings.minimumPoints) {
    return {
      ruleSet,
      mean,
      movingRangeMean: null,
      upperLimit: null,
      lowerLimit: null,
      upperTwoSigma: null,
      lowerTwoSigma: null,
      points: values.map((value) => ({ value, signal: null, rules: [] })),
      variation: null,
      assurance: null,
    };
  }

  const movingRangeMean = meanMovingRange(values, settings.screenOutliers);
  const upperLimit = mean + LIMIT * movingRangeMean;
  const lowerLimit = mean - LIMIT * movingRangeMean;
  const upperTwoSigma = mean + TWO_SIGMA * movingRangeMean;
  const lowerTwoSigma = mean - TWO_SIGMA * movingRangeMean;
  const rules: TSpcRule[][] = values.map(() => []);
  const flag = (i: number, rule: TSpcRule) => {
    const list = rules[i];
    if (list && !list.includes(rule)) list.push(rule);
  };

  for (let i = 0; i < n; i++) {
    const v = values[i] ?? 0;
    if (v > upperLimit) flag(i, 'beyond_upper_limit');
    else if (v < lowerLimit) flag(i, 'beyond_lower_limit');
  }
  // Runs: a point on the mean (shift) or a tie (trend) ends the run.
  flagRuns(n, (i) => Math.sign((values[i] ?? 0) - mean), settings.shiftLength, 0, (i, side) => flag(i, side > 0 ? 'shift_high' : 'shift_low'));
  flagRuns(n - 1, (i) => Math.sign((values[i + 1] ?? 0) - (values[i] ?? 0)), settings.trendLength - 1, 1, (i, side) =>
    flag(i, side > 0 ? 'trend_up' : 'trend_down'),
  );
  for (let i = 0; i + 2 < n; i++) {
    twoOfThree(values, i, (v) => v > mean, (v) => v > upperTwoSigma, (j) => flag(j, 'two_sigma_high'));
    twoOfThree(values, i, (v) => v < mean, (v) => v < lowerTwoSigma, (j) => flag(j, 'two_sigma_low'));
  }

  const points = values.map((value, i) => {
    const pointRules = rules[i] ?? [];
    return { value, signal: signalOf(pointRules, direction, settings.conflict), rules: pointRules };
  });
  const last = points[n - 1];
  return {
    ruleSet,
    mean,
    movingRangeMean,
    upperLimit,
    lowerLimit,
    upperTwoSigma,
    lowerTwoSigma,
    points,
    variation: last ? variationOf(last, mean, direction) : null,
    assurance: assuranceOf(direction, target, lowerLimit, upperLimit),
  };
}

function meanMovingRange(values: readonly number[], screenOutliers: boolean): number {
  const ranges: number[] = [];
  let total = 0;
  for (let i = 1; i < values.length; i++) {
    const r = Math.abs((values[i] ?? 0) - (values[i - 1] ?? 0));
    ranges.push(r);
    total += r;
  }
  const mr = total / ranges.length;
  if (!screenOutliers) return mr;
  // Screening drops moving ranges above 3.267 × MR̄ once and recomputes; the smallest range always stays.
  const kept = ranges.filter((r) => r <= OUTLIER_MR * mr);
  return kept.reduce((a, b) => a + b, 0) / kept.length;
}

/**
 * Calls `mark` for every element of maximal runs of equal non-zero `sideOf` at least `minLength`
 * long. `extra` widens each run on the left (a trend of k differences spans k + 1 points).
 */
function flagRuns(
  length: number,
  sideOf: (i: number) => number,
  minLength: number,
  extra: number,
  mark: (i: number, side: number) => void,
): void {
  let start = 0;
  for (let i = 0; i <= length; i++) {
    const side = i < length ? sideOf(i) : 0;
    const runSide = i > start ? sideOf(start) : 0;
    if (i === length || side !== runSide || side === 0) {
      if (runSide !== 0 && i - start >= minLength) for (let j = start; j < i + extra; j++) mark(j, runSide);
      start = side === 0 ? i + 1 : i;
    }
  }
}

function twoOfThree(
  values: readonly number[],
  i: number,
  onSide: (v: number) => boolean,
  beyond: (v: number) => boolean,
  mark: (i: number) => void,
): void {
  const a = values[i] ?? 0;
  const b = values[i + 1] ?? 0;
  const c = values[i + 2] ?? 0;
  if (!onSide(a) || !onSide(b) || !onSide(c)) return;
  if (Number(beyond(a)) + Number(beyond(b)) + Number(beyond(c)) < 2) return;
  for (let j = i; j < i + 3; j++) if (beyond(values[j] ?? 0)) mark(j);
}

function signalOf(rules: readonly TSpcRule[], direction: TSpcDirection, conflict: 'improvement' | 'concern'): TSpcSignal | null {
  if (rules.length === 0) return null;
  if (direction === 'band') return 'neither';
  const high = rules.some((r) => HIGH_RULES.has(r));
  const low = rules.some((r) => !HIGH_RULES.has(r));
  if (high && low) return conflict;
  return high === (direction === 'increase') ? 'improvement' : 'concern';
}

function variationOf(point: TSpcPoint, mean: number, direction: TSpcDirection): TSpcVariation {
  if (point.signal === null) return 'common_cause';
  let high: boolean;
  if (point.signal === 'neither') {
    const up = point.rules.some((r) => HIGH_RULES.has(r));
    const down = point.rules.some((r) => !HIGH_RULES.has(r));
    high = up && down ? point.value >= mean : up;
  } else {
    high = (point.signal === 'improvement') === (direction === 'increase');
  }
  return `${point.signal}_${high ? 'high' : 'low'}`;
}

function assuranceOf(direction: TSpcDirection, target: number | null, lower: number, upper: number): TSpcAssurance | null {
  if (target === null || direction === 'band') return null;
  if (direction === 'increase') return target <= lower ? 'pass' : target >= upper ? 'fail' : 'hit_or_miss';
  return target >= upper ? 'pass' : target <= lower ? 'fail' : 'hit_or_miss';
}
