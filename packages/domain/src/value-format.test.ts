import { describe, expect, it } from 'vitest';
import { formatValue } from './value-format.ts';

describe('formatValue', () => {
  it.each([
    [43.4, 'percent', '43.4%'],
    [31, 'percent', '31%'],
    [10.125, 'percent', '10.13%'],
    [1, 'ratio', '1.00'],
    [1.3, 'ratio', '1.30'],
    [1200, 'currency', '£1,200'],
    [1200.5, 'currency', '£1,200.5'],
    [7, 'number', '7'],
    [3.25, 'score', '3.25'],
    [-11.29, 'percent', '-11.29%'],
  ] as const)('shows %s as a %s like "%s"', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])(
    'says "No data" for %s rather than a broken number',
    (value) => {
      expect(formatValue(value, 'percent')).toBe('No data');
    },
  );

  it('writes the same figure the same way however many times it is asked (one formatter per precision)', () => {
    expect(Array.from({ length: 3 }, () => formatValue(0.5, 'ratio'))).toEqual([
      '0.50',
      '0.50',
      '0.50',
    ]);
  });
});
