import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spc, type TSpcRule } from './spc.ts';
import { isDomainError } from './errors.ts';

const PUBLISHED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];

/** Indexes of the points carrying `rule`. */
function flagged(values: number[], rule: TSpcRule, opts: Parameters<typeof spc>[1] = {}): number[] {
  return spc(values, { direction: 'increase', ...opts }).points.flatMap((p, i) =>
    p.rules.includes(rule) ? [i] : [],
  );
}
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('spc limits', () => {
  it('matches the published Making Data Count check: mean 23.20, MR̄ 5.43, limits 37.64 and 8.76', () => {
    const result = spc(PUBLISHED);
    expect(result.mean.toFixed(2)).toBe('23.20');
    expect(result.movingRangeMean?.toFixed(2)).toBe('5.43');
    expect(result.upperLimit?.toFixed(2)).toBe('37.64');
    expect(result.lowerLimit?.toFixed(2)).toBe('8.76');
    // No rounding inside: the limits use the unrounded MR̄ of 76 / 14.
    expect(result.movingRangeMean).toBe(76 / 14);
    expect(result.upperTwoSigma).toBeCloseTo(23.2 + (2 / 3) * 2.66 * (76 / 14), 12);
    expect(result.lowerTwoSigma).toBeCloseTo(23.2 - (2 / 3) * 2.66 * (76 / 14), 12);
    expect(result.ruleSet).toContain('mdc-v2.6');
  });

  it('12 points is a run chart: mean only, no limits, signals or icons; 13 points get limits', () => {
    const twelve = spc(PUBLISHED.slice(0, 12), { direction: 'increase', target: 30 });
    expect(twelve).toMatchObject({
      movingRangeMean: null,
      upperLimit: null,
      lowerLimit: null,
      variation: null,
      assurance: null,
    });
    expect(twelve.mean).toBeCloseTo(281 / 12, 12);
    expect(twelve.points.every((p) => p.signal === null && p.rules.length === 0)).toBe(true);
    const thirteen = spc(PUBLISHED.slice(0, 13), { direction: 'increase', target: 30 });
    expect(thirteen.upperLimit).not.toBeNull();
    expect(thirteen.variation).toBe('common_cause');
  });

  it('an empty series has mean 0 and no points', () => {
    expect(spc([])).toMatchObject({ mean: 0, points: [], variation: null });
  });

  it('moving-range screening drops ranges above 3.267 × MR̄ and recomputes, only when switched on', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 40, 11, 10, 11, 10, 11, 10];
    expect(spc(values).movingRangeMean).toBeCloseTo(70 / 13, 12);
    expect(spc(values, { screenOutliers: true }).movingRangeMean).toBe(1);
  });
});

describe('spc special-cause rules', () => {
  it('a point above the upper limit is flagged, the same point below it is not', () => {
    const values = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30];
    expect(flagged(values, 'beyond_upper_limit')).toEqual([13]);
    expect(flagged([...values.slice(0, 13), 17], 'beyond_upper_limit')).toEqual([]);
  });

  it('6 points above the mean is a shift (every point flagged); 5 is not', () => {
    const six = [13, 7, 13, 7, 13, 7, 11, 11, 11, 11, 11, 11, 9, 9, 9, 9, 9, 9];
    expect(flagged(six, 'shift_high')).toEqual(range(6, 11));
    expect(flagged(six, 'shift_low')).toEqual(range(12, 17));
    const five = [13, 7, 13, 7, 13, 7, 11, 11, 11, 11, 11, 10, 9, 9, 9, 9, 9, 10];
    expect(spc(five).mean).toBe(10);
    expect(flagged(five, 'shift_high')).toEqual([]);
    expect(flagged(five, 'shift_low')).toEqual([]);
  });

  it('a point exactly on the mean breaks a run; the same point just above the mean does not', () => {
    const onMean = [11, 11, 11, 10, 11, 11, 11, 9, 9, 9, 9, 9, 9, 10];
    expect(spc(onMean).mean).toBe(10);
    expect(flagged(onMean, 'shift_high')).toEqual([]);
    expect(flagged(onMean, 'shift_low')).toEqual(range(7, 12));
    const above = [11, 11, 11, 10.5, 11, 11, 11, 9, 9, 9, 9, 9, 9, 10];
    expect(flagged(above, 'shift_high')).toEqual(range(0, 6));
  });

  it('a shift length of 7 ignores a 6-point run', () => {
    const six = [13, 7, 13, 7, 13, 7, 11, 11, 11, 11, 11, 11, 9, 9, 9, 9, 9, 9];
    expect(flagged(six, 'shift_high', { shiftLength: 7 })).toEqual([]);
  });

  it('6 points each higher than the one before is a trend; 5 is not; a tie breaks it', () => {
    expect(flagged([10, 14, 10, 14, 10, 14, 10, 14, 9, 10, 11, 12, 13, 14], 'trend_up')).toEqual(
      range(8, 13),
    );
    expect(flagged([10, 14, 10, 14, 10, 14, 10, 14, 10, 9, 10, 11, 12, 13], 'trend_up')).toEqual(
      [],
    );
    expect(
      flagged([10, 14, 10, 14, 10, 14, 10, 14, 9, 10, 11, 11, 12, 13, 14], 'trend_up'),
    ).toEqual([]);
    expect(flagged([10, 10, 10, 10, 10, 10, 10, 10, 16, 15, 14, 13, 12, 11], 'trend_down')).toEqual(
      range(8, 13),
    );
  });

  it('two of three beyond the upper two-sigma line, all three above the mean: only the two are flagged', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 11, 14, 10];
    const result = spc(values, { direction: 'increase' });
    expect(result.upperTwoSigma).toBeLessThan(14);
    expect(result.upperLimit).toBeGreaterThan(14);
    expect(flagged(values, 'two_sigma_high')).toEqual([12, 14]);
  });

  it('two of three beyond two sigma do not count when the middle point is below the mean', () => {
    const values = [10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 10, 11, 14, 10, 14, 11];
    expect(spc(values).mean).toBeGreaterThan(10);
    expect(flagged(values, 'two_sigma_high')).toEqual([]);
  });
});

describe('spc signals and icons', () => {
  const values = [10, 10, 10, 10, 10, 10, 10, 10, 16, 15, 14, 13, 12, 11];

  it.each([
    [
      'increase: high side is improvement, low side concern',
      'increase',
      'improvement',
      'concern',
      'concern_low',
    ],
    [
      'decrease: low side is improvement',
      'decrease',
      'improvement',
      'improvement',
      'improvement_low',
    ],
    ['band: every signal is neither', 'band', 'neither', 'neither', 'neither_low'],
  ] as const)('%s', (_name, direction, flaggedBothWays, lastSignal, variation) => {
    const result = spc(values, { direction });
    expect(result.points[0]?.signal).toBe(
      direction === 'decrease' ? 'improvement' : direction === 'band' ? 'neither' : 'concern',
    );
    expect(result.points[8]?.rules).toEqual(
      expect.arrayContaining(['beyond_upper_limit', 'trend_down']),
    );
    expect(result.points[8]?.signal).toBe(flaggedBothWays);
    expect(result.points[13]?.signal).toBe(lastSignal);
    expect(result.variation).toBe(variation);
  });

  it('a point flagged both ways shows as concern when the KPI says so', () => {
    expect(spc(values, { direction: 'increase', conflict: 'concern' }).points[8]?.signal).toBe(
      'concern',
    );
  });

  it('the variation icon reads the last point: improvement high, or common cause', () => {
    expect(
      spc([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30], { direction: 'increase' })
        .variation,
    ).toBe('improvement_high');
    expect(
      spc([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30], { direction: 'decrease' })
        .variation,
    ).toBe('concern_high');
    expect(
      spc([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 30], { direction: 'band' })
        .variation,
    ).toBe('neither_high');
    expect(spc(PUBLISHED, { direction: 'increase' }).variation).toBe('common_cause');
  });

  it('a band point flagged high and low reads its side from the mean', () => {
    const peak = [
      10, 10, 10, 10, 10, 10, 10, 10, 10, 11, 12, 13, 14, 15, 16, 15, 14, 13, 12, 11, 10.5,
    ];
    const result = spc(peak.slice(0, 21), { direction: 'band' });
    expect(result.points[14]?.rules).toEqual(expect.arrayContaining(['trend_up', 'trend_down']));
    expect(result.points[14]?.signal).toBe('neither');
    const endAtPeak = spc(
      [10, 10, 10, 10, 10, 10, 10, 10, 16, 15, 14, 13, 12, 11, 12, 13, 14, 15, 16],
      { direction: 'band' },
    );
    expect(endAtPeak.points[18]?.rules).toEqual([
      'beyond_upper_limit',
      'trend_up',
      'two_sigma_high',
    ]);
    expect(endAtPeak.variation).toBe('neither_high');
  });
});

describe('spc assurance', () => {
  const result = spc(PUBLISHED);
  const upper = result.upperLimit ?? Number.NaN;
  const lower = result.lowerLimit ?? Number.NaN;
  it.each([
    ['increase: a target exactly on the lower limit passes', 'increase', lower, 'pass'],
    [
      'increase: a target just above the lower limit is hit or miss',
      'increase',
      lower + 0.01,
      'hit_or_miss',
    ],
    ['increase: a target exactly on the upper limit fails', 'increase', upper, 'fail'],
    [
      'increase: a target just below the upper limit is hit or miss',
      'increase',
      upper - 0.01,
      'hit_or_miss',
    ],
    ['decrease: a target exactly on the upper limit passes', 'decrease', upper, 'pass'],
    ['decrease: a target exactly on the lower limit fails', 'decrease', lower, 'fail'],
    ['decrease: a target between the limits is hit or miss', 'decrease', 23, 'hit_or_miss'],
  ] as const)('%s', (_name, direction, target, assurance) => {
    expect(spc(PUBLISHED, { direction, target }).assurance).toBe(assurance);
  });

  it('no assurance icon without a target or for a band KPI', () => {
    expect(spc(PUBLISHED, { direction: 'increase' }).assurance).toBeNull();
    expect(spc(PUBLISHED, { direction: 'band', target: 10 }).assurance).toBeNull();
  });
});

describe('spc invalid inputs', () => {
  it.each([
    ['a NaN value', [1, Number.NaN], {}, 'invalid_number', 'SPC value 2 must be a finite number'],
    [
      'a shift length of 5',
      PUBLISHED,
      { shiftLength: 5 },
      'invalid_option',
      'The shift length must be a whole number from 6 to 8',
    ],
    [
      'a trend length of 9',
      PUBLISHED,
      { trendLength: 9 },
      'invalid_option',
      'The trend length must be a whole number from 6 to 8',
    ],
    [
      'a minimum of 1 point',
      PUBLISHED,
      { minimumPoints: 1 },
      'invalid_option',
      'The minimum number of points',
    ],
    [
      'an infinite target',
      PUBLISHED,
      { target: Number.POSITIVE_INFINITY },
      'invalid_number',
      'The SPC target',
    ],
    [
      'an unknown conflict setting',
      PUBLISHED,
      { conflict: 'both' as 'concern' },
      'invalid_option',
      'improvement or concern',
    ],
  ] as const)('%s', (_name, values, opts, code, message) => {
    let caught: unknown;
    try {
      spc([...values], opts);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect(caught).toMatchObject({ code });
    expect((caught as Error).message).toContain(message);
  });
});

describe('property: adding a constant to every value shifts the mean and limits by it and keeps every signal', () => {
  it('holds for integer series of 13 to 40 points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 13, maxLength: 40 }),
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.constantFrom('increase' as const, 'decrease' as const, 'band' as const),
        (values, c, direction) => {
          const before = spc(values, { direction });
          const after = spc(
            values.map((v) => v + c),
            { direction },
          );
          expect(after.mean).toBeCloseTo(before.mean + c, 8);
          expect(after.movingRangeMean).toBeCloseTo(before.movingRangeMean ?? Number.NaN, 8);
          expect(after.upperLimit).toBeCloseTo((before.upperLimit ?? Number.NaN) + c, 8);
          expect(after.lowerLimit).toBeCloseTo((before.lowerLimit ?? Number.NaN) + c, 8);
          expect(after.points.map((p) => [p.signal, p.rules])).toEqual(
            before.points.map((p) => [p.signal, p.rules]),
          );
          expect(after.variation).toBe(before.variation);
        },
      ),
      { numRuns: 500 },
    );
  });
});
