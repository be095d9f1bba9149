import { describe, expect, it } from 'vitest';
import type { TIntersectRow } from '../workforce/types.ts';
import { intersectGroupWords, publishIntersectRows } from './intersect-table.ts';

const row = (over: Partial<TIntersectRow>): TIntersectRow => ({
  ethnicity: 'BME',
  sex: 'female',
  disability: 'yes',
  headcount: 12,
  percentOfWorkforce: 3.2,
  percentSenior: 8.3,
  meanHourly: 19.2,
  medianHourly: 18.1,
  meanGapVsReference: 9.4,
  suppressed: false,
  ...over,
});

describe('the intersectional breakdown as published', () => {
  it.each([
    [{ ethnicity: 'BME', sex: 'female', disability: 'yes' }, 'BME women, Disabled'],
    [{ ethnicity: 'White', sex: 'male', disability: null }, 'White men'],
    [{ ethnicity: 'BME', sex: null, disability: 'no' }, 'BME, Non-disabled'],
    [{ ethnicity: null, sex: 'female', disability: 'yes' }, 'Women, Disabled'],
  ] as const)('names %j as "%s"', (group, words) => {
    expect(intersectGroupWords(group)).toBe(words);
  });

  it('keeps a shown row whole and removes every value of a suppressed one', () => {
    const [shown, hidden] = publishIntersectRows([
      row({}),
      row({ sex: 'male', headcount: 4, suppressed: true }),
    ]);
    expect(shown).toEqual(row({}));
    expect(hidden).toEqual({
      ethnicity: 'BME',
      sex: 'male',
      disability: 'yes',
      suppressed: true,
      headcount: null,
      percentOfWorkforce: null,
      percentSenior: null,
      meanHourly: null,
      medianHourly: null,
      meanGapVsReference: null,
    });
  });
});
