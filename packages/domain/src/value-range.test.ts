import { describe, expect, it } from 'vitest';
import { ZAdminKpiCreateInput, ZAdminKpiRulesInput } from './inputs/admin/kpi.ts';
import { ZMeasurementCorrectInput, ZMeasurementInput } from './inputs/kpi.ts';
import { issuesOf } from '../test/zod-issues.ts';
import {
  checkValueInRange,
  kpiValueProblems,
  rangeBoundsProblems,
  unitRangeOf,
  valueRangeOf,
  valueRangeOfStored,
  type TRangeKpi,
} from './value-range.ts';

const percent: TRangeKpi = { unit: 'percent' };
const signed: TRangeKpi = { unit: 'percent', signedPercent: true };
const inRange = (value: number, kpi: TRangeKpi) =>
  checkValueInRange(value, valueRangeOf(kpi), 'The value') === null;

describe('valueRangeOf: one rule per unit', () => {
  it.each<[string, TRangeKpi, number, boolean]>([
    ['a percentage of 0 is in range', percent, 0, true],
    ['a percentage of 100 is in range', percent, 100, true],
    ['a percentage just below 0 is refused', percent, -0.01, false],
    ['a percentage just above 100 is refused', percent, 100.01, false],
    ['a percentage of 150 is refused', percent, 150, false],
    ['a signed percentage of -100 is in range', signed, -100, true],
    ['a signed percentage of 100 is in range', signed, 100, true],
    ['a signed percentage below -100 is refused', signed, -100.01, false],
    ['a signed percentage above 100 is refused', signed, 100.01, false],
    ['a ratio of 0 is in range', { unit: 'ratio' }, 0, true],
    ['a ratio of 1,000,000,000 is in range', { unit: 'ratio' }, 1e9, true],
    ['a negative ratio is refused', { unit: 'ratio' }, -0.01, false],
    ['a number may be negative (a signed difference)', { unit: 'number' }, -15, true],
    ['a number of -1,000,000,000 is in range', { unit: 'number' }, -1e9, true],
    ['a number below -1,000,000,000 is refused', { unit: 'number' }, -1e9 - 1, false],
    ['a number above 1,000,000,000 is refused', { unit: 'number' }, 1e9 + 1, false],
    ['a number of 1e308 is refused', { unit: 'number' }, 1e308, false],
    ['an EDS total of 33 is in range', { unit: 'score', code: 'EDS-TOTAL' }, 33, true],
    ['an EDS total of 34 is refused', { unit: 'score', code: 'eds-total' }, 34, false],
    ['an EDS total below 0 is refused', { unit: 'score', code: 'EDS-TOTAL' }, -1, false],
    ['another score of 34 is in range', { unit: 'score', code: 'WDES-9' }, 34, true],
    ['another score below 0 is refused', { unit: 'score' }, -0.5, false],
    ['money of 0 is in range', { unit: 'currency' }, 0, true],
    ['negative money is refused', { unit: 'currency' }, -1, false],
    ['money above 1,000,000,000 is refused', { unit: 'currency' }, 1e9 + 1, false],
    ['infinity is refused in every unit', { unit: 'number' }, Infinity, false],
    ['NaN is refused in every unit', { unit: 'ratio' }, Number.NaN, false],
    ['a value at the KPI’s own low end is in range', { ...percent, rangeLow: 20 }, 20, true],
    ['a value below the KPI’s own low end is refused', { ...percent, rangeLow: 20 }, 19.9, false],
    ['a value above the KPI’s own high end is refused', { ...percent, rangeHigh: 50 }, 50.1, false],
  ])('%s', (_name, kpi, value, expected) => {
    expect(inRange(value, kpi)).toBe(expected);
  });

  it('names the field, the range and the kind of value in the message', () => {
    expect(checkValueInRange(250, unitRangeOf(percent), 'The baseline value')).toBe(
      'The baseline value must be between 0 and 100 for a percentage, not 250',
    );
    expect(checkValueInRange(1e308, unitRangeOf({ unit: 'number' }), 'The value')).toBe(
      'The value must be between -1,000,000,000 and 1,000,000,000 for a number, not 1e308',
    );
  });
});

describe('rangeBoundsProblems: a KPI narrows its unit’s range, never widens it', () => {
  it.each<[string, TRangeKpi, { field: string; message: string }[]]>([
    ['no bounds is fine', percent, []],
    ['bounds inside the unit’s range are fine', { ...percent, rangeLow: 10, rangeHigh: 90 }, []],
    ['equal bounds are fine', { ...percent, rangeLow: 50, rangeHigh: 50 }, []],
    [
      'a percent high end above 100 is refused',
      { ...percent, rangeHigh: 120 },
      [
        {
          field: 'rangeHigh',
          message: 'The highest sensible value must be between 0 and 100 for a percentage, not 120',
        },
      ],
    ],
    [
      'a low end above the high end is refused',
      { unit: 'number', rangeLow: 5, rangeHigh: 4 },
      [{ field: 'rangeLow', message: 'The lowest sensible value (5) is above the highest (4)' }],
    ],
  ])('%s', (_name, kpi, expected) => {
    expect(rangeBoundsProblems(kpi)).toEqual(expected);
  });
});

describe('kpiValueProblems: the baseline, target, band and trajectory lie in range', () => {
  it('refuses a percent baseline of 250 and a target of 1e12, naming each field', () => {
    expect(
      kpiValueProblems({
        unit: 'percent',
        baseline: { value: 250 },
        target: { value: 1e12 },
        trajectory: [{ value: 50 }, { value: -1 }],
      }).map((p) => p.field),
    ).toEqual(['baseline.value', 'target.value', 'trajectory.1.value']);
  });

  it('checks the band ends against the KPI’s own range', () => {
    expect(
      kpiValueProblems({ unit: 'ratio', rangeHigh: 2, band: { low: 0.8, high: 2.5 } }),
    ).toEqual([
      {
        field: 'band.high',
        message:
          'The band’s high end must be between 0 and 2 for a ratio in this KPI’s range, not 2.5',
      },
    ]);
  });
});

const rules = {
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 40, date: '2025-03-31' },
  target: { value: 50, date: '2028-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'annual',
};

describe('the admin KPI schemas refuse out-of-range numbers at their field', () => {
  it.each([
    [
      'a percent baseline of 250',
      { baseline: { value: 250, date: '2025-03-31' } },
      'baseline.value',
    ],
    ['a target of 1e12', { target: { value: 1e12, date: '2028-03-31' } }, 'target.value'],
    ['a high end above 100 on a percent', { rangeHigh: 101 }, 'rangeHigh'],
    ['a baseline below the KPI’s own low end', { rangeLow: 45 }, 'baseline.value'],
  ])('refuses %s', (_name, change, path) => {
    expect(issuesOf(ZAdminKpiRulesInput, { ...rules, ...change }).map((i) => i.path)).toContain(
      path,
    );
  });

  it('accepts a negative percent baseline for a pay gap, a signed percentage', () => {
    const kpi = {
      ...rules,
      ambitionId: 'a1',
      code: 'PAYGAP-GENDER-MEAN',
      title: 'Gender pay gap',
      baseline: { value: -1.99, date: '2025-03-31' },
      target: { value: 0, date: '2028-03-31' },
    };
    expect(issuesOf(ZAdminKpiCreateInput, kpi)).toEqual([]);
  });
});

describe('the measurement schemas refuse values no unit allows', () => {
  const base = { kpiId: 'k1', periodEnd: '2026-03-31' };
  it.each([
    ['1e308', 1e308],
    ['-1,000,000,001', -1_000_000_001],
  ])('refuses a recorded value of %s', (_name, value) => {
    expect(issuesOf(ZMeasurementInput, { ...base, value })).toEqual([
      {
        path: 'value',
        message: expect.stringMatching(
          /^The value must be between -1,000,000,000 and 1,000,000,000/,
        ) as string,
      },
    ]);
  });

  it('asks for the reason for a correction', () => {
    expect(issuesOf(ZMeasurementCorrectInput, { id: 'm1', value: 5, reason: ' ' })).toEqual([
      { path: 'reason', message: 'Enter the reason for the correction' },
    ]);
  });
});

describe('valueRangeOfStored: a stored KPI read the same way everywhere', () => {
  it('reads a pay gap as a signed percentage and keeps a KPI’s own narrower range', () => {
    const gap = valueRangeOfStored({ unit: 'percent', code: 'PAY-GAP', baselineValue: -3.2 });
    expect([gap.low, gap.high]).toEqual([-100, 100]);
    const share = valueRangeOfStored({ unit: 'percent', code: 'SHARE', baselineValue: 12 });
    expect([share.low, share.high]).toEqual([0, 100]);
    const own = valueRangeOfStored({
      unit: 'percent',
      code: 'NSS-BELONG',
      baselineValue: 61,
      rangeLow: 10,
      rangeHigh: 90,
    });
    expect([own.low, own.high]).toEqual([10, 90]);
  });
});
