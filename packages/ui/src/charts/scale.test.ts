import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceTicks } from './scale.ts';

describe('niceTicks', () => {
  it('covers the data with round steps of 1, 2 or 5 times a power of ten', () => {
    const { ticks, domain } = niceTicks(27.4, 35);
    expect(ticks).toEqual([26, 28, 30, 32, 34, 36]);
    expect(domain).toEqual([26, 36]);
  });

  it('keeps decimal steps exact (0.6, not 0.6000000000000001)', () => {
    expect(niceTicks(0.1, 0.7).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  it('widens a single value into a visible range instead of dividing by zero', () => {
    const { domain } = niceTicks(5, 5);
    expect(domain[0]).toBeLessThan(5);
    expect(domain[1]).toBeGreaterThan(5);
  });
});

describe('linearScale and extent', () => {
  it('maps the ends of the domain onto the ends of the range, inverted for SVG y', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(5)).toBe(100);
  });

  it('ignores missing and non-finite values when finding the extent', () => {
    expect(extent([3, null, undefined, Number.NaN, -1, 8])).toEqual([-1, 8]);
    expect(extent([null])).toBeNull();
  });
});
