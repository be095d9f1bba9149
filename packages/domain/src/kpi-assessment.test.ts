import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessKpi, expectedValue, toleranceInUnits } from './kpi-assessment.ts';
import { ZKpiDefinition, type TKpiDefinition, type TMeasurement } from './kpi-definition.ts';
import { DAY_MS, parseIsoDay as day, toIsoDay } from './dates.ts';
import { isDomainError } from './errors.ts';
import { ragRank } from './rag.ts';

// Baseline 40 on 2024-03-31, target 60 on 2026-03-31: 730 days, so 2025-03-31 expects exactly 50.
const increase: TKpiDefinition = {
  direction: 'increase',
  baseline: { value: 40, date: day('2024-03-31') },
  target: { value: 60, date: day('2026-03-31') },
  tolerance: { kind: 'absolute', value: 2 },
  frequency: 'annual',
};
const decrease: TKpiDefinition = {
  ...increase,
  direction: 'decrease',
  baseline: { value: 30, date: day('2024-03-31') },
  target: { value: 20, date: day('2026-03-31') },
};
const band: TKpiDefinition = {
  direction: 'band',
  baseline: { value: 50, date: day('2024-03-31') },
  band: { low: 40, high: 60 },
  tolerance: { kind: 'absolute', value: 5 },
  frequency: 'annual',
};

const at = (value: number, periodEnd = '2025-03-31'): TMeasurement[] => [
  { periodEnd: day(periodEnd), value },
];
const asOf = day('2025-04-30');

describe('assessKpi colours', () => {
  it.each([
    ['increase: blue once the actual reaches the final target', increase, 60, 'blue', 'target_met'],
    ['increase: green exactly on the expected value', increase, 50, 'green', 'on_track'],
    ['increase: amber just below the expected value', increase, 49.99, 'amber', 'below_trajectory'],
    [
      'increase: amber exactly at expected minus tolerance',
      increase,
      48,
      'amber',
      'below_trajectory',
    ],
    ['increase: red just below expected minus tolerance', increase, 47.99, 'red', 'off_trajectory'],
    [
      'decrease: blue once the actual falls to the final target',
      decrease,
      20,
      'blue',
      'target_met',
    ],
    ['decrease: green exactly on the expected value', decrease, 25, 'green', 'on_track'],
    ['decrease: amber just above the expected value', decrease, 25.01, 'amber', 'below_trajectory'],
    [
      'decrease: amber exactly at expected plus tolerance',
      decrease,
      27,
      'amber',
      'below_trajectory',
    ],
    ['decrease: red just above expected plus tolerance', decrease, 27.01, 'red', 'off_trajectory'],
    ['band: green on the low edge', band, 40, 'green', 'in_band'],
    ['band: green on the high edge', band, 60, 'green', 'in_band'],
    ['band: amber just below the low edge', band, 39.99, 'amber', 'near_band'],
    ['band: amber exactly a tolerance beyond the high edge', band, 65, 'amber', 'near_band'],
    ['band: red just beyond tolerance below the band', band, 34.99, 'red', 'outside_band'],
    ['band: never blue, even in the middle of the band', band, 50, 'green', 'in_band'],
  ] as const)('%s', (_name, kpi, value, rag, reason) => {
    const result = assessKpi(kpi, at(value), asOf);
    expect(result.rag).toBe(rag);
    expect(result.reason).toBe(reason);
    expect(result.actual).toBe(value);
  });

  it('returns actual, expected, target, a signed gap and the period end', () => {
    expect(assessKpi(increase, at(47), asOf)).toMatchObject({
      actual: 47,
      expected: 50,
      target: 60,
      gap: -3,
      stale: false,
    });
    expect(assessKpi(decrease, at(23), asOf)).toMatchObject({ expected: 25, target: 20, gap: 2 });
    const banded = assessKpi(band, at(38), asOf);
    expect(banded).toMatchObject({ expected: null, target: null, gap: -2 });
    expect(toIsoDay(banded.periodEnd ?? new Date(0))).toBe('2025-03-31');
  });

  it('grey with reason no_data when there is no whole-population value on or before asOf', () => {
    const measurements: TMeasurement[] = [
      { periodEnd: day('2025-03-31'), value: 70, group: 'BME' },
      { periodEnd: day('2025-06-30'), value: 70 },
    ];
    expect(assessKpi(increase, measurements, asOf)).toMatchObject({
      rag: 'grey',
      reason: 'no_data',
      actual: null,
      gap: null,
      periodEnd: null,
    });
  });

  it('uses the latest whole-population value on or before asOf, in any order, ignoring groups', () => {
    const measurements: TMeasurement[] = [
      { periodEnd: day('2025-03-31'), value: 49, group: '' },
      { periodEnd: day('2024-03-31'), value: 99 },
      { periodEnd: day('2025-03-31'), value: 10, group: 'Disabled' },
      { periodEnd: day('2026-03-31'), value: 99, group: null },
    ];
    expect(assessKpi(increase, measurements, asOf)).toMatchObject({ actual: 49, rag: 'amber' });
  });

  it('a value dated on asOf itself counts', () => {
    expect(assessKpi(increase, at(60, '2025-04-30'), day('2025-04-30')).rag).toBe('blue');
  });
});

describe('expected value along the trajectory', () => {
  const withTrajectory: TKpiDefinition = {
    ...increase,
    trajectory: [{ date: day('2025-03-31'), value: 44 }],
  };

  it('a KPI measured against a trajectory point is green there though it is behind the straight line', () => {
    expect(assessKpi(withTrajectory, at(45), asOf)).toMatchObject({
      rag: 'green',
      expected: 44,
      gap: 1,
    });
    expect(assessKpi(increase, at(45), asOf)).toMatchObject({ rag: 'red', expected: 50 });
  });

  it('interpolates linearly between the trajectory point and the target', () => {
    // 2025-09-30 is 183 of the 365 days from the trajectory point to the target.
    expect(expectedValue(withTrajectory, day('2025-09-30'))).toBeCloseTo(44 + (16 * 183) / 365, 10);
  });

  it.each([
    ['is the baseline before the baseline date', '2023-01-01', 40],
    ['is the baseline on the baseline date', '2024-03-31', 40],
    ['is the target on the target date', '2026-03-31', 60],
    ['is the target after the target date', '2027-06-30', 60],
  ])('%s', (_name, date, value) => {
    expect(expectedValue(withTrajectory, day(date))).toBe(value);
  });

  it('sorts trajectory points given out of order', () => {
    const twoPoints: TKpiDefinition = {
      ...increase,
      trajectory: [
        { date: day('2025-09-30'), value: 55 },
        { date: day('2024-09-30'), value: 41 },
      ],
    };
    expect(expectedValue(twoPoints, day('2024-09-30'))).toBe(41);
    expect(expectedValue(twoPoints, day('2025-09-30'))).toBe(55);
  });

  it('has no expected value for a band KPI', () => {
    expect(expectedValue(band, day('2025-01-01'))).toBeNull();
  });
});

describe('tolerance', () => {
  it.each([
    [
      'relative tolerance is a percentage of |target − baseline|',
      { ...increase, tolerance: { kind: 'relative', value: 10 } },
      2,
    ],
    [
      'relative tolerance of a band is a percentage of its width',
      { ...band, tolerance: { kind: 'relative', value: 25 } },
      5,
    ],
    ['absolute tolerance is in KPI units', increase, 2],
  ] as const)('%s', (_name, kpi, units) => {
    expect(toleranceInUnits(kpi)).toBeCloseTo(units, 12);
  });

  it('relative 10% of a 20-point change turns red just beyond 2 below expected', () => {
    const relative: TKpiDefinition = { ...increase, tolerance: { kind: 'relative', value: 10 } };
    expect(assessKpi(relative, at(48), asOf).rag).toBe('amber');
    expect(assessKpi(relative, at(47.99), asOf).rag).toBe('red');
  });
});

describe('stale flag', () => {
  const monthly: TKpiDefinition = { ...increase, frequency: 'monthly' };
  const quarterly: TKpiDefinition = { ...increase, frequency: 'quarterly' };
  it.each([
    [
      'monthly, lag 30: the May value is current on 29 July',
      monthly,
      '2025-05-31',
      '2025-07-29',
      false,
    ],
    [
      'monthly, lag 30: the May value is stale from 30 July (June data due)',
      monthly,
      '2025-05-31',
      '2025-07-30',
      true,
    ],
    [
      'quarterly, lag 45: the Q4 value is current on 13 August',
      quarterly,
      '2025-03-31',
      '2025-08-13',
      false,
    ],
    [
      'quarterly, lag 45: the Q4 value is stale from 14 August (Q1 data due)',
      quarterly,
      '2025-03-31',
      '2025-08-14',
      true,
    ],
    [
      'annual, lag 183: the 2023/24 value is current on 29 September 2025',
      increase,
      '2024-03-31',
      '2025-09-29',
      false,
    ],
    [
      'annual, lag 183: the 2023/24 value is stale from 30 September 2025',
      increase,
      '2024-03-31',
      '2025-09-30',
      true,
    ],
    [
      'a KPI’s own reporting lag replaces the default',
      { ...monthly, reportingLagDays: 0 },
      '2025-05-31',
      '2025-06-30',
      true,
    ],
  ] as const)('%s', (_name, kpi, periodEnd, when, stale) => {
    const result = assessKpi(kpi, at(50, periodEnd), day(when));
    expect(result.stale).toBe(stale);
    expect(result.rag).not.toBe('grey');
  });

  it('without any value, stale once a period after the baseline date is due', () => {
    expect(assessKpi(increase, [], day('2025-09-29')).stale).toBe(false);
    expect(assessKpi(increase, [], day('2025-09-30')).stale).toBe(true);
  });
});

describe('invalid KPI inputs throw a domain error naming the problem', () => {
  const cases: [string, TKpiDefinition, TMeasurement[], string, string][] = [
    [
      'a band with low above high',
      { ...band, band: { low: 70, high: 60 } },
      [],
      'band_low_above_high',
      'The band low (70) is above the band high (60)',
    ],
    ['a band KPI without a band', { ...band, band: undefined }, [], 'missing_band', 'needs a band'],
    [
      'an increase KPI without a target',
      { ...increase, target: null },
      [],
      'missing_target',
      'needs a target',
    ],
    [
      'a target date before the baseline date',
      { ...increase, target: { value: 60, date: day('2024-01-01') } },
      [],
      'target_before_baseline',
      'The target date must be after the baseline date',
    ],
    [
      'a NaN baseline',
      { ...increase, baseline: { value: Number.NaN, date: day('2024-03-31') } },
      [],
      'invalid_number',
      'The baseline value must be a finite number',
    ],
    [
      'an invalid target date',
      { ...increase, target: { value: 60, date: new Date('x') } },
      [],
      'invalid_date',
      'The target date must be a real date',
    ],
    [
      'a negative tolerance',
      { ...increase, tolerance: { kind: 'absolute', value: -1 } },
      [],
      'invalid_number',
      'The tolerance must be 0 or more',
    ],
    [
      'a trajectory point after the target',
      { ...increase, trajectory: [{ date: day('2027-01-01'), value: 1 }] },
      [],
      'trajectory_outside_range',
      'Trajectory point 1 must fall after the baseline date',
    ],
    [
      'two trajectory points on one day',
      {
        ...increase,
        trajectory: [
          { date: day('2025-01-01'), value: 1 },
          { date: day('2025-01-01'), value: 2 },
        ],
      },
      [],
      'duplicate_trajectory_date',
      'Trajectory point 2 repeats',
    ],
    [
      'a NaN measurement',
      increase,
      at(Number.NaN),
      'invalid_number',
      "Measurement 1's value must be a finite number",
    ],
    [
      'duplicate period ends',
      increase,
      [...at(1), ...at(2)],
      'duplicate_period_end',
      'Measurement 2 repeats the period end 2025-03-31',
    ],
    [
      'duplicate period ends within a group',
      increase,
      [
        ...at(1),
        { periodEnd: day('2025-06-30'), value: 1, group: 'BME' },
        { periodEnd: day('2025-06-30'), value: 2, group: 'BME' },
      ],
      'duplicate_period_end',
      'for group BME',
    ],
    [
      'a negative reporting lag',
      { ...increase, reportingLagDays: -5 },
      [],
      'invalid_number',
      'The reporting lag',
    ],
  ];
  it.each(cases)('%s', (_name, kpi, measurements, code, message) => {
    let caught: unknown;
    try {
      assessKpi(kpi, measurements, asOf);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect(caught).toMatchObject({ code });
    expect((caught as Error).message).toContain(message);
  });

  it('the same value for two groups on one period end is fine', () => {
    const grouped: TMeasurement[] = [
      { periodEnd: day('2025-03-31'), value: 1, group: 'BME' },
      { periodEnd: day('2025-03-31'), value: 2, group: 'White' },
      ...at(50),
    ];
    expect(assessKpi(increase, grouped, asOf).actual).toBe(50);
  });

  it('the schema refuses what the rules refuse, on the field at fault', () => {
    const parsed = ZKpiDefinition.safeParse({ ...band, band: { low: 70, high: 60 } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['band', 'low'],
      message: 'The band low (70) is above the band high (60)',
    });
    expect(ZKpiDefinition.safeParse(increase).success).toBe(true);
  });
});

describe('property: raising the actual value of an increase KPI never makes its colour worse', () => {
  it('holds for any trajectory, tolerance and pair of values', () => {
    const arbKpi = fc.record({
      baseline: fc.double({ min: -1000, max: 1000, noNaN: true }),
      change: fc.double({ min: 0, max: 1000, noNaN: true }),
      days: fc.integer({ min: 1, max: 2000 }),
      tolerance: fc.double({ min: 0, max: 100, noNaN: true }),
      relative: fc.boolean(),
      offset: fc.integer({ min: -100, max: 2100 }),
    });
    fc.assert(
      fc.property(
        arbKpi,
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        (k, x, y) => {
          const start = Date.UTC(2024, 3, 1);
          const kpi: TKpiDefinition = {
            direction: 'increase',
            baseline: { value: k.baseline, date: new Date(start) },
            target: { value: k.baseline + k.change, date: new Date(start + k.days * DAY_MS) },
            tolerance: { kind: k.relative ? 'relative' : 'absolute', value: k.tolerance },
            frequency: 'quarterly',
          };
          const periodEnd = new Date(start + k.offset * DAY_MS);
          const when = new Date(start + 3000 * DAY_MS);
          const [low, high] = x <= y ? [x, y] : [y, x];
          const lowRag = assessKpi(kpi, [{ periodEnd, value: low }], when).rag;
          const highRag = assessKpi(kpi, [{ periodEnd, value: high }], when).rag;
          expect(ragRank(highRag)).toBeGreaterThanOrEqual(ragRank(lowRag));
        },
      ),
      { numRuns: 500 },
    );
  });
});
