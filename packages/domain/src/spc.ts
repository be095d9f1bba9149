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
export const SPC_DEFAULTS = {
  minimumPoints: 13,
  shiftLength: 6,
  trendLength: 6,
  screenOutliers: false,
  conflict: 'improvement',
} as const;
const LIMIT = 2.66;
const TWO_SIGMA = (2 / 3) * 2.66;
const OUTLIER_MR = 3.267;

/** Rules in the order a point lists them, each with its bit. */
const RULE_ORDER: readonly TSpcRule[] = [
  'beyond_upper_limit',
  'beyond_lower_limit',
  'shift_high',
  'shift_low',
  'trend_up',
  'trend_down',
  'two_sigma_high',
  'two_sigma_low',
];
const BIT = Object.fromEntries(RULE_ORDER.map((rule, i) => [rule, 1 << i])) as Record<
  TSpcRule,
  number
>;
const HIGH_BITS = BIT.beyond_upper_limit | BIT.shift_high | BIT.trend_up | BIT.two_sigma_high;

function wholeNumber(value: number, label: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError(
      'invalid_option',
      `${label} must be a whole number from ${min} to ${max}, not ${String(value)}`,
    );
  }
  return value;
}

function ruleSetName(o: Required<Omit<TSpcOptions, 'direction' | 'target'>>): string {
  return `mdc-v2.6 limits=2.66mr shift=${o.shiftLength} trend=${o.trendLength} two-of-three=2sigma min=${o.minimumPoints} screen=${o.screenOutliers ? 'on' : 'off'} conflict=${o.conflict}`;
}

/**
 * XmR chart with the Making Data Count rules and icons (DOMAIN.md §5). No rounding is done.
 * Without a direction every signal is 'neither' and there is no assurance icon.
 */
export function spc(values: readonly number[], opts: TSpcOptions = {}): TSpcResult {
  const settings = {
    minimumPoints: wholeNumber(
      opts.minimumPoints ?? SPC_DEFAULTS.minimumPoints,
      'The minimum number of points',
      2,
      1000,
    ),
    shiftLength: wholeNumber(
      opts.shiftLength ?? SPC_DEFAULTS.shiftLength,
      'The shift length',
      6,
      8,
    ),
    trendLength: wholeNumber(
      opts.trendLength ?? SPC_DEFAULTS.trendLength,
      'The trend length',
      6,
      8,
    ),
    screenOutliers: opts.screenOutliers ?? SPC_DEFAULTS.screenOutliers,
    conflict: opts.conflict ?? SPC_DEFAULTS.conflict,
  };
  if (settings.conflict !== 'improvement' && settings.conflict !== 'concern') {
    throw new DomainError(
      'invalid_option',
      `A point flagged both ways must show as improvement or concern, not ${String(settings.conflict)}`,
    );
  }
  const direction = opts.direction ?? 'band';
  const target = opts.target ?? null;
  if (target !== null && !Number.isFinite(target)) {
    throw new DomainError(
      'invalid_number',
      `The SPC target must be a finite number, not ${String(target)}`,
      'target',
    );
  }
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] ?? Number.NaN;
    if (!Number.isFinite(v))
      throw new DomainError(
        'invalid_number',
        `SPC value ${i + 1} must be a finite number, not ${String(v)}`,
        `values.${i}`,
      );
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
  // One bit per rule per point: SPC runs over every KPI, so flags avoid per-point allocations.
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v > upperLimit) flags[i] = (flags[i] ?? 0) | BIT.beyond_upper_limit;
    else if (v < lowerLimit) flags[i] = (flags[i] ?? 0) | BIT.beyond_lower_limit;
  }
  flagShifts(values, mean, settings.shiftLength, flags);
  flagTrends(values, settings.trendLength, flags);
  flagTwoOfThree(values, mean, upperTwoSigma, lowerTwoSigma, flags);

  const points: TSpcPoint[] = new Array<TSpcPoint>(n);
  for (let i = 0; i < n; i++) {
    const bits = flags[i] as number;
    points[i] = {
      value: values[i] as number,
      signal: signalOf(bits, direction, settings.conflict),
      rules: rulesOf(bits),
    };
  }
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
    variation: last ? variationOf(last, flags[n - 1] as number, mean, direction) : null,
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

/** Flags every point of a run of `length` or more points all strictly above (or below) the mean. */
function flagShifts(
  values: readonly number[],
  mean: number,
  length: number,
  flags: Uint8Array,
): void {
  let start = 0;
  let side = 0;
  for (let i = 0; i <= values.length; i++) {
    const s = i < values.length ? Math.sign((values[i] as number) - mean) : 0;
    if (s !== side || s === 0) {
      // A point on the mean (side 0) ends the run and starts none.
      if (side !== 0 && i - start >= length) {
        const bit = side > 0 ? BIT.shift_high : BIT.shift_low;
        for (let j = start; j < i; j++) flags[j] = (flags[j] ?? 0) | bit;
      }
      start = i;
      side = s;
    }
  }
}

/** Flags every point of a run of `length` or more points each strictly higher (or lower) than the last. */
function flagTrends(values: readonly number[], length: number, flags: Uint8Array): void {
  let start = 0;
  let side = 0;
  for (let i = 1; i <= values.length; i++) {
    const s = i < values.length ? Math.sign((values[i] as number) - (values[i - 1] as number)) : 0;
    if (s !== side || s === 0) {
      // The run of steps from start to i − 1 spans points start − 1 to i − 1; a tie ends it.
      if (side !== 0 && i - start + 1 >= length) {
        const bit = side > 0 ? BIT.trend_up : BIT.trend_down;
        for (let j = start - 1; j < i; j++) flags[j] = (flags[j] ?? 0) | bit;
      }
      start = i;
      side = s;
    }
  }
}

/** Two of three consecutive points beyond one two-sigma line, all three on that side: flags the two (or three). */
function flagTwoOfThree(
  values: readonly number[],
  mean: number,
  upper: number,
  lower: number,
  flags: Uint8Array,
): void {
  for (let i = 0; i + 2 < values.length; i++) {
    const a = values[i] as number;
    const b = values[i + 1] as number;
    const c = values[i + 2] as number;
    if (a > mean && b > mean && c > mean && +(a > upper) + +(b > upper) + +(c > upper) >= 2) {
      if (a > upper) flags[i] = (flags[i] ?? 0) | BIT.two_sigma_high;
      if (b > upper) flags[i + 1] = (flags[i + 1] ?? 0) | BIT.two_sigma_high;
      if (c > upper) flags[i + 2] = (flags[i + 2] ?? 0) | BIT.two_sigma_high;
    }
    if (a < mean && b < mean && c < mean && +(a < lower) + +(b < lower) + +(c < lower) >= 2) {
      if (a < lower) flags[i] = (flags[i] ?? 0) | BIT.two_sigma_low;
      if (b < lower) flags[i + 1] = (flags[i + 1] ?? 0) | BIT.two_sigma_low;
      if (c < lower) flags[i + 2] = (flags[i + 2] ?? 0) | BIT.two_sigma_low;
    }
  }
}

function rulesOf(bits: number): TSpcRule[] {
  const rules: TSpcRule[] = [];
  if (bits === 0) return rules;
  for (const rule of RULE_ORDER) if (bits & BIT[rule]) rules.push(rule);
  return rules;
}

function signalOf(
  bits: number,
  direction: TSpcDirection,
  conflict: 'improvement' | 'concern',
): TSpcSignal | null {
  if (bits === 0) return null;
  if (direction === 'band') return 'neither';
  const high = (bits & HIGH_BITS) !== 0;
  const low = (bits & ~HIGH_BITS) !== 0;
  if (high && low) return conflict;
  return high === (direction === 'increase') ? 'improvement' : 'concern';
}

function variationOf(
  point: TSpcPoint,
  bits: number,
  mean: number,
  direction: TSpcDirection,
): TSpcVariation {
  if (point.signal === null) return 'common_cause';
  let high: boolean;
  if (point.signal === 'neither') {
    const up = (bits & HIGH_BITS) !== 0;
    const down = (bits & ~HIGH_BITS) !== 0;
    high = up && down ? point.value >= mean : up;
  } else {
    high = (point.signal === 'improvement') === (direction === 'increase');
  }
  return `${point.signal}_${high ? 'high' : 'low'}`;
}

function assuranceOf(
  direction: TSpcDirection,
  target: number | null,
  lower: number,
  upper: number,
): TSpcAssurance | null {
  if (target === null || direction === 'band') return null;
  if (direction === 'increase')
    return target <= lower ? 'pass' : target >= upper ? 'fail' : 'hit_or_miss';
  return target >= upper ? 'pass' : target <= lower ? 'fail' : 'hit_or_miss';
}
