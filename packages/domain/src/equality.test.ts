import { describe, expect, it } from 'vitest';
import {
  edsRating,
  isSuppressed,
  payGap,
  relativeLikelihood,
  suppressSmallNumbers,
  suppressionMarks,
} from './equality.ts';
import { isDomainError } from './errors.ts';

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a domain error';
  }
  return null;
}

describe('relativeLikelihood', () => {
  it('WRES 2: White appointed ÷ shortlisted over BME appointed ÷ shortlisted', () => {
    // White 60 of 300 (0.20), BME 20 of 200 (0.10): White staff twice as likely to be appointed.
    expect(relativeLikelihood({ selected: 60, pool: 300 }, { selected: 20, pool: 200 })).toBe(2);
  });

  it('parity is exactly 1.00', () => {
    expect(relativeLikelihood({ selected: 5, pool: 50 }, { selected: 10, pool: 100 })).toBe(1);
  });

  it.each([
    ['an empty numerator pool', { selected: 0, pool: 0 }, { selected: 1, pool: 10 }],
    ['an empty denominator pool', { selected: 1, pool: 10 }, { selected: 0, pool: 0 }],
    [
      'no one selected in the denominator group',
      { selected: 1, pool: 10 },
      { selected: 0, pool: 10 },
    ],
  ])('null (no ratio) with %s', (_name, numerator, denominator) => {
    expect(relativeLikelihood(numerator, denominator)).toBeNull();
  });

  it.each([
    ['more selected than the pool', { selected: 11, pool: 10 }],
    ['a negative count', { selected: -1, pool: 10 }],
    ['a fractional count', { selected: 1.5, pool: 10 }],
    ['a NaN count', { selected: Number.NaN, pool: 10 }],
  ])('refuses %s', (_name, side) => {
    expect(codeOf(() => relativeLikelihood(side, { selected: 1, pool: 10 }))).toBe('invalid_count');
    expect(codeOf(() => relativeLikelihood({ selected: 1, pool: 10 }, side))).toBe('invalid_count');
  });
});

describe('payGap', () => {
  it.each([
    ['men paid more gives a positive gap', 20, 18, 10],
    ['women paid more gives a negative gap', 20, 22, -10],
    ['equal pay is no gap', 15, 15, 0],
  ])('%s', (_name, reference, comparison, gap) => {
    expect(payGap(reference, comparison)).toBeCloseTo(gap, 12);
  });

  it('reproduces a published mean gap of 7.94%', () => {
    expect(payGap(20, 20 * (1 - 0.0794)).toFixed(2)).toBe('7.94');
  });

  it.each([
    ['a zero reference', 0, 10, 'zero_reference_pay'],
    ['a NaN comparison', 10, Number.NaN, 'invalid_number'],
    ['a negative comparison', 10, -1, 'invalid_number'],
  ])('refuses %s', (_name, reference, comparison, code) => {
    expect(codeOf(() => payGap(reference, comparison))).toBe(code);
  });
});

describe('suppressSmallNumbers', () => {
  type Cell = { group: string; n: number };
  const count = (c: Cell) => c.n;

  it('nothing is hidden when every cell has 10 people or more', () => {
    const cells = [
      { group: 'A', n: 10 },
      { group: 'B', n: 50 },
    ];
    expect(suppressSmallNumbers(cells, count)).toEqual(cells);
  });

  it('a cell of 9 is hidden, and so is the next smallest so the total cannot reveal it', () => {
    const cells = [
      { group: 'A', n: 9 },
      { group: 'B', n: 40 },
      { group: 'C', n: 12 },
    ];
    const result = suppressSmallNumbers(cells, count);
    expect(result[0]).toEqual({ suppressed: true, reason: 'Fewer than 10 people' });
    expect(result[1]).toEqual({ group: 'B', n: 40 });
    const hidden = result[2];
    expect(isSuppressed(hidden) && hidden.reason).toBe(
      'Hidden so that a small number cannot be worked out from the total',
    );
  });

  it('two small cells hide each other: no extra cell is hidden', () => {
    const result = suppressSmallNumbers(
      [
        { group: 'A', n: 3 },
        { group: 'B', n: 4 },
        { group: 'C', n: 40 },
      ],
      count,
    );
    expect(result.map(isSuppressed)).toEqual([true, true, false]);
  });

  it('the threshold is a setting: 5 hides only cells under 5', () => {
    const result = suppressSmallNumbers(
      [
        { group: 'A', n: 4 },
        { group: 'B', n: 5 },
        { group: 'C', n: 6 },
      ],
      count,
      5,
    );
    expect(result.map(isSuppressed)).toEqual([true, true, false]);
  });

  it('refuses a negative count or a threshold of 0', () => {
    expect(codeOf(() => suppressSmallNumbers([{ group: 'A', n: -1 }], count))).toBe(
      'invalid_count',
    );
    expect(codeOf(() => suppressSmallNumbers([{ group: 'A', n: 1 }], count, 0))).toBe(
      'invalid_option',
    );
  });
});

describe('suppressionMarks (the secondary rule every table shares)', () => {
  it.each([
    ['nothing small, nothing hidden', [false, false, false], [5, 6, 7], [null, null, null]],
    [
      'one small hides the next smallest, the first of equals',
      [false, true, false, false],
      [8, 1, 5, 5],
      [null, 'small', 'secondary', null],
    ],
    ['two small hide no more', [true, true, false], [1, 2, 3], ['small', 'small', null]],
    ['a table of one small cell hides only it', [true], [1], ['small']],
    [
      'a small cell counts as small whatever its size',
      [true, false],
      [50, 3],
      ['small', 'secondary'],
    ],
  ] as const)('%s', (_name, isSmall, sizes, marks) => {
    expect(suppressionMarks(isSmall, sizes)).toEqual(marks);
  });
});

describe('edsRating', () => {
  const all = (score: 0 | 1 | 2 | 3, bump = 0) => {
    const scores: Record<string, 0 | 1 | 2 | 3> = {};
    for (const [i, outcome] of [
      '1A',
      '1B',
      '1C',
      '1D',
      '2A',
      '2B',
      '2C',
      '2D',
      '3A',
      '3B',
      '3C',
    ].entries()) {
      scores[outcome] = (i < bump ? score + 1 : score) as 0 | 1 | 2 | 3;
    }
    return scores;
  };
  it.each([
    ['7 is undeveloped', all(0, 7), 7, 'undeveloped'],
    ['8 is developing', all(0, 8), 8, 'developing'],
    ['21 is developing', all(1, 10), 21, 'developing'],
    ['22 is achieving', all(2), 22, 'achieving'],
    ['32 is achieving', all(2, 10), 32, 'achieving'],
    ['33 is excelling', all(3), 33, 'excelling'],
  ])('%s', (_name, scores, total, rating) => {
    expect(edsRating(scores)).toEqual({ total, rating });
  });

  it('refuses a score outside 0 to 3, naming the outcome', () => {
    expect(() => edsRating({ '1A': 4 as 3 })).toThrow(
      'The EDS score for 1A must be 0, 1, 2 or 3, not 4',
    );
  });
});
