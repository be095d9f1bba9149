import { describe, expect, it } from 'vitest';
import { INTERSECT_CELLS } from './measure-tables.ts';
import { computeWorkforceMeasures } from './measures.ts';
import { RECRUITMENT, STAFF, buildAggregates } from '../../test/workforce-fixture.ts';

// INTERSECT on the 40-person trust of test/workforce-fixture.ts, worked out by hand. Each
// case lists the people (ids), the number at Band 8c and above, and the hourly pay of those with pay.
const aggregates = buildAggregates(STAFF, RECRUITMENT);
const rowsAt = (threshold: number) =>
  computeWorkforceMeasures(aggregates, { asOf: '2026-03-31', threshold }).measures.INTERSECT;

// Reference: White non-disabled men 4, 16, 30, 35, 37: pay 16.5 + 26 + 31 + 60 + 50 = 183.5.
const REFERENCE = 183.5 / 5;
const gap = (mean: number) => ((REFERENCE - mean) / REFERENCE) * 100;

// [ethnicity, sex, disability, headcount, senior, mean, median]
const EXPECTED = [
  // 3, 33 (8c): 16 + 40.
  ['White', 'female', 'yes', 2, 1, 56 / 2, 28],
  // 1, 2, 13, 14, 21, 22, 29, 38: 15, 15.5, 23, 24, 11, 11.5, 30, 52 → sum 182; median (15.5 + 23) ÷ 2.
  ['White', 'female', 'no', 8, 0, 182 / 8, 19.25],
  // 15, 23: 25 + 12.
  ['White', 'male', 'yes', 2, 0, 37 / 2, 18.5],
  // 4, 16, 30, 35 (VSM), 37: median 31.
  ['White', 'male', 'no', 5, 1, REFERENCE, 31],
  // 7, 18, 27, 40: 15.25, 22.5, 11.75, 56 → sum 105.5; median (15.25 + 22.5) ÷ 2.
  ['BME', 'female', 'yes', 4, 0, 105.5 / 4, 18.875],
  // 5, 6, 9 (no pay), 17, 25, 36 (VSM): 14, 14.5, 22, 11.25, 70 → sum 131.75; median 14.5.
  ['BME', 'female', 'no', 6, 1, 131.75 / 5, 14.5],
  // Nobody: headcount 0, no pay.
  ['BME', 'male', 'yes', 0, 0, null, null],
  // 8, 19, 26, 31, 34 (8c), 39: 16.25, 24.5, 12.5, 32, 42, 54 → sum 181.25; median (24.5 + 32) ÷ 2.
  ['BME', 'male', 'no', 6, 1, 181.25 / 6, 28.25],
  // White women: the 8 + 2 above and 24 (no pay, unknown disability): sum 182 + 56 = 238 over 10;
  // sorted 11, 11.5, 15, 15.5, 16, 23, 24, 30, 40, 52 → median (16 + 23) ÷ 2.
  ['White', 'female', null, 11, 1, 238 / 10, 19.5],
  // White men: 5 + 2 above: 183.5 + 37 = 220.5 over 7; 12, 16.5, 25, 26, 31, 50, 60 → 26.
  ['White', 'male', null, 7, 1, 220.5 / 7, 26],
  // BME women: 4 + 6 above, 10 (14.75, unknown) and 32 (no pay): 105.5 + 131.75 + 14.75 = 252
  // over 10; 11.25, 11.75, 14, 14.5, 14.75, 15.25, 22, 22.5, 56, 70 → (14.75 + 15.25) ÷ 2.
  ['BME', 'female', null, 12, 1, 252 / 10, 15],
  // BME men: the 6 non-disabled above.
  ['BME', 'male', null, 6, 1, 181.25 / 6, 28.25],
  // White Disabled: 3, 33, 15, 23: 56 + 37 = 93 over 4; 12, 16, 25, 40 → (16 + 25) ÷ 2.
  ['White', null, 'yes', 4, 1, 93 / 4, 20.5],
  // White non-disabled: 8 women + 5 men: 182 + 183.5 = 365.5 over 13; the 7th of 11, 11.5, 15,
  // 15.5, 16.5, 23, 24, 26, 30, 31, 50, 52, 60 = 24.
  ['White', null, 'no', 13, 1, 365.5 / 13, 24],
  // BME Disabled: the 4 women above.
  ['BME', null, 'yes', 4, 0, 105.5 / 4, 18.875],
  // BME non-disabled: 6 women + 6 men: 131.75 + 181.25 = 313 over 11 with pay; the 6th of 11.25,
  // 12.5, 14, 14.5, 16.25, 22, 24.5, 32, 42, 54, 70 = 22.
  ['BME', null, 'no', 12, 2, 313 / 11, 22],
  // Disabled women: 3, 33, 7, 18, 27, 40: 56 + 105.5 = 161.5 over 6; 11.75, 15.25, 16, 22.5, 40,
  // 56 → (16 + 22.5) ÷ 2.
  [null, 'female', 'yes', 6, 1, 161.5 / 6, 19.25],
  // Non-disabled women: 8 White + 6 BME + 11 (unknown ethnicity, no pay) = 15; 182 + 131.75 =
  // 313.75 over 13; the 7th of 11, 11.25, 11.5, 14, 14.5, 15, 15.5, 22, 23, 24, 30, 52, 70 = 15.5.
  [null, 'female', 'no', 15, 1, 313.75 / 13, 15.5],
  // Disabled men: 15, 23.
  [null, 'male', 'yes', 2, 0, 37 / 2, 18.5],
  // Non-disabled men: 5 White + 6 BME + 28 (12.25): 183.5 + 181.25 + 12.25 = 377 over 12;
  // 12.25, 12.5, 16.25, 16.5, 24.5, 26, 31, 32, 42, 50, 54, 60 → (26 + 31) ÷ 2.
  [null, 'male', 'no', 12, 2, 377 / 12, 28.5],
] as const;

describe('INTERSECT on the 40-person trust', () => {
  const rows = rowsAt(1);

  it('has one row per cell, in the order of INTERSECT_CELLS (8 triples, then 12 pairs)', () => {
    expect(INTERSECT_CELLS).toHaveLength(20);
    expect(rows.map(({ ethnicity, sex, disability }) => ({ ethnicity, sex, disability }))).toEqual(
      INTERSECT_CELLS,
    );
  });

  it.each(EXPECTED.map((e, i) => [e.slice(0, 3).join(' / '), i, e] as const))(
    '%s',
    (_name, i, [, , , headcount, senior, mean, median]) => {
      const row = rows[i];
      expect(row?.headcount).toBe(headcount);
      expect(row?.percentOfWorkforce).toBeCloseTo((headcount / 40) * 100, 10);
      if (headcount === 0) expect(row?.percentSenior).toBeNull();
      else expect(row?.percentSenior).toBeCloseTo((senior / headcount) * 100, 10);
      if (mean === null) {
        expect([row?.meanHourly, row?.medianHourly, row?.meanGapVsReference]).toEqual([
          null,
          null,
          null,
        ]);
      } else {
        expect(row?.meanHourly).toBeCloseTo(mean, 10);
        expect(row?.medianHourly).toBeCloseTo(median, 10);
        expect(row?.meanGapVsReference).toBeCloseTo(gap(mean), 10);
      }
    },
  );

  it('the reference cell has no gap against itself', () => {
    expect(rows[3]?.meanGapVsReference).toBe(0);
  });

  it('at 1 only the empty cell is small, so the first of the next smallest (2 people) goes too', () => {
    // BME Disabled men: 0 people. Next smallest: White Disabled women, White Disabled men and
    // Disabled men all have 2; the first in the table's order is hidden.
    expect(rows.flatMap((r, i) => (r.suppressed ? [i] : []))).toEqual([0, 6]);
  });

  it('at 10 only cells with 10 or more people and 10 or more with pay are shown', () => {
    // White women 11 (10 with pay), BME women 12 (10), White non-disabled 13 (13), BME
    // non-disabled 12 (11), non-disabled women 15 (13), non-disabled men 12 (12).
    expect(rowsAt(10).flatMap((r, i) => (r.suppressed ? [] : [i]))).toEqual([
      8, 10, 13, 15, 17, 19,
    ]);
  });

  it('at 11 White women show 11 people but only 10 with pay, so they are suppressed', () => {
    expect(rowsAt(11)[8]?.suppressed).toBe(true);
    expect(rowsAt(11)[10]?.suppressed).toBe(true);
  });
});
