import { describe, expect, it } from 'vitest';
import { assessKpi } from './kpi-assessment.ts';
import { describeKpiReadiness, type TKpiReadinessInput } from './kpi-readiness.ts';
import { spc } from './spc.ts';

const increase: TKpiReadinessInput = {
  direction: 'increase',
  target: { value: 58 },
  band: null,
  valueCount: 0,
};
const band: TKpiReadinessInput = {
  direction: 'band',
  target: null,
  band: { low: 0.8, high: 1.25 },
  valueCount: 0,
};

describe('describeKpiReadiness', () => {
  it.each<[string, TKpiReadinessInput, ReturnType<typeof describeKpiReadiness>]>([
    [
      'a target and a direction but no value yet: it needs a first value, and 13 for the icons',
      increase,
      {
        rating: 'Not rated yet: it needs a first value.',
        variation:
          'No variation icon yet: it needs 13 values (none so far) for its process limits.',
        assurance:
          'No assurance icon yet: it needs 13 values (none so far) for its process limits.',
      },
    ],
    [
      'one value short of the SPC minimum: rated, the icons still wait',
      { ...increase, valueCount: 12 },
      {
        rating: null,
        variation: 'No variation icon yet: it needs 13 values (12 so far) for its process limits.',
        assurance: 'No assurance icon yet: it needs 13 values (12 so far) for its process limits.',
      },
    ],
    [
      'exactly the SPC minimum: nothing is missing',
      { ...increase, valueCount: 13 },
      { rating: null, variation: null, assurance: null },
    ],
    [
      'a minimum of its own',
      { ...increase, valueCount: 1, minimumPoints: 2 },
      {
        rating: null,
        variation: 'No variation icon yet: it needs 2 values (1 so far) for its process limits.',
        assurance: 'No assurance icon yet: it needs 2 values (1 so far) for its process limits.',
      },
    ],
    [
      'no target yet: the colour and the assurance icon both need one',
      { ...increase, target: null, valueCount: 20 },
      {
        rating: 'Not rated yet: it needs a target.',
        variation: null,
        assurance: 'No assurance icon yet: it needs a target.',
      },
    ],
    [
      'a band KPI never has an assurance icon, and says why',
      { ...band, valueCount: 13 },
      {
        rating: null,
        variation: null,
        assurance:
          'No assurance icon: a KPI kept within a band has no single target to pass or fail.',
      },
    ],
    [
      'a band KPI without its edges or a value',
      { ...band, band: null },
      {
        rating: 'Not rated yet: it needs the low and high edges of its band and a first value.',
        variation:
          'No variation icon yet: it needs 13 values (none so far) for its process limits.',
        assurance:
          'No assurance icon: a KPI kept within a band has no single target to pass or fail.',
      },
    ],
  ])('%s', (_name, input, expected) => {
    expect(describeKpiReadiness(input)).toEqual(expected);
  });

  it('agrees with the rules: no words where assessKpi rates and spc gives both icons', () => {
    const day = (i: number) => new Date(Date.UTC(2024, 2 + i, 1));
    const definition = {
      unit: 'percent' as const,
      direction: 'increase' as const,
      baseline: { value: 45, date: day(-1) },
      target: { value: 58, date: day(40) },
      tolerance: { kind: 'relative' as const, value: 10 },
      frequency: 'monthly' as const,
    };
    for (const count of [0, 1, 12, 13]) {
      const values = Array.from({ length: count }, (_, i) => ({
        periodEnd: day(i),
        value: 50 + i,
      }));
      const rated = assessKpi(definition, values, day(30)).reason !== 'no_data';
      const reading = spc(
        values.map((v) => v.value),
        { direction: 'increase', target: 58 },
      );
      const words = describeKpiReadiness({ ...increase, valueCount: count });
      expect(words.rating === null).toBe(rated);
      expect(words.variation === null).toBe(reading.variation !== null);
      expect(words.assurance === null).toBe(reading.assurance !== null);
    }
  });
});
