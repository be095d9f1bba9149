import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeLikelihood } from '../equality.ts';
import { isDomainError } from '../errors.ts';
import { markRows } from './measure-tables.ts';
import { computeWorkforceMeasures } from './measures.ts';
import type { TBandCount, TWorkforceAggregates } from './types.ts';
import { STAFF, buildAggregates, payStats } from '../../test/workforce-fixture.ts';

const OPTS = { asOf: '2026-03-31', threshold: 1 };

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (error) {
    return isDomainError(error) ? error.code : 'not a domain error';
  }
  return null;
}

const side = fc
  .tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }))
  .map(([pool, k]) => ({ selected: k % (pool + 1), pool }));

describe('relative likelihood properties', () => {
  it('is unchanged when every pool and selected count scales by the same factor', () => {
    fc.assert(
      fc.property(side, side, fc.integer({ min: 2, max: 50 }), (a, b, k) => {
        const scale = (s: typeof a) => ({ selected: s.selected * k, pool: s.pool * k });
        const before = relativeLikelihood(a, b);
        const after = relativeLikelihood(scale(a), scale(b));
        if (before === null) expect(after).toBeNull();
        else expect(after).toBeCloseTo(before, 9);
      }),
    );
  });

  it('swapping the groups inverts it: RL(a, b) × RL(b, a) = 1 when both are defined', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        const ab = relativeLikelihood(a, b);
        const ba = relativeLikelihood(b, a);
        if (ab !== null && ba !== null) expect(ab * ba).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('table suppression properties', () => {
  const table = fc.array(fc.array(fc.nat({ max: 30 }), { minLength: 3, maxLength: 3 }), {
    minLength: 2,
    maxLength: 12,
  });
  const sum = (ns: readonly number[]) => ns.reduce((s, n) => s + n, 0);

  it('never shows a row with a count under the threshold, never leaves exactly one hidden', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 1, max: 15 }), (rows, threshold) => {
        const cells = rows.map((counts) => ({ counts }));
        const marked = markRows(
          cells,
          (r) => r.counts,
          (r) => sum(r.counts),
          threshold,
        );
        for (const row of marked) {
          if (!row.suppressed) expect(row.counts.every((n) => n >= threshold)).toBe(true);
        }
        expect(marked.filter((r) => r.suppressed).length).not.toBe(1);
      }),
    );
  });

  it('holds for WRES 1 and WDES 1 built from any band counts', () => {
    const groups = ['clinical', 'non_clinical'] as const;
    const bandsArb = fc.array(
      fc.record({
        staffGroup: fc.constantFrom(...groups),
        band: fc.constantFrom('Band 2', 'Band 5', 'Band 8a', 'VSM'),
        ethnicity: fc.constantFrom('white', 'bme', 'unknown' as const),
        disability: fc.constantFrom('yes', 'no', 'unknown' as const),
        count: fc.nat({ max: 25 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(bandsArb, fc.integer({ min: 1, max: 12 }), (bands, threshold) => {
        const aggregates = { ...buildAggregates([], null), bands: bands as TBandCount[] };
        const { measures } = computeWorkforceMeasures(aggregates, { ...OPTS, threshold });
        const tables = [
          measures['WRES-1'].map((r) => ({ ...r, counts: [r.white, r.bme, r.unknown] })),
          measures['WDES-1'].map((r) => ({ ...r, counts: [r.disabled, r.nonDisabled, r.unknown] })),
        ];
        for (const rows of tables) {
          for (const r of rows)
            if (!r.suppressed) expect(Math.min(...r.counts)).toBeGreaterThanOrEqual(threshold);
          if (rows.length >= 2) expect(rows.filter((r) => r.suppressed).length).not.toBe(1);
        }
      }),
    );
  });
});

describe('values that cannot be computed are null', () => {
  it('an empty workforce and no recruitment file', () => {
    const { measures } = computeWorkforceMeasures(buildAggregates([], null), OPTS);
    expect(measures['WRES-2']).toBeNull();
    expect(measures['WDES-2']).toBeNull();
    expect(measures['WRES-3'].value).toBeNull();
    expect(measures['WDES-1-declaration']).toBeNull();
    expect(measures['WRES-9']).toMatchObject({ value: null, executiveValue: null });
    expect(measures.GPG).toMatchObject({
      meanHourly: null,
      medianHourly: null,
      meanBonus: null,
      bonusPercentMen: null,
      bonusPercentWomen: null,
    });
    expect(measures.GPG.quartiles.every((q) => q.percentWomen === null)).toBe(true);
    expect(measures.SENIOR).toEqual({ bmePercent: null, disabledPercent: null, suppressed: true });
    expect(measures.INTERSECT.every((r) => r.percentOfWorkforce === null)).toBe(true);
  });

  it("a gap whose reference group's pay is 0 is null", () => {
    const base = buildAggregates(STAFF, null);
    const hourly = { ...base.hourly, male: payStats([0, 0]), white: payStats([]) };
    const { measures } = computeWorkforceMeasures({ ...base, hourly }, OPTS);
    expect([measures.GPG.meanHourly, measures.GPG.medianHourly]).toEqual([null, null]);
    expect(measures.EPG.meanHourly).toBeNull();
  });

  it('no White non-disabled men: no gap against the reference', () => {
    const base = buildAggregates(STAFF, null);
    const intersect = base.intersect.filter(
      (c) => !(c.ethnicity === 'White' && c.sex === 'male' && c.disability === 'no'),
    );
    const { measures } = computeWorkforceMeasures({ ...base, intersect }, OPTS);
    expect(measures.INTERSECT.every((r) => r.meanGapVsReference === null)).toBe(true);
  });
});

describe('refused input', () => {
  const base = buildAggregates(STAFF, null);
  it.each([
    ['a threshold of 0', { ...OPTS, threshold: 0 }, 'invalid_option'],
    ['a fractional threshold', { ...OPTS, threshold: 2.5 }, 'invalid_option'],
    ['a date that does not exist', { ...OPTS, asOf: '2026-02-30' }, 'invalid_date'],
    ['a British-style date', { ...OPTS, asOf: '31/03/2026' }, 'invalid_date'],
  ])('%s', (_name, opts, code) => {
    expect(codeOf(() => computeWorkforceMeasures(base, opts))).toBe(code);
  });

  const first = <T>(cells: readonly T[]): T => {
    const [cell] = cells;
    if (cell === undefined) throw new Error('empty fixture');
    return cell;
  };
  it.each<[string, (a: TWorkforceAggregates) => TWorkforceAggregates, string]>([
    [
      'a negative band count',
      (a) => ({ ...a, bands: [{ ...first(a.bands), count: -1 }] }),
      'invalid_count',
    ],
    [
      'a fractional board count',
      (a) => ({ ...a, board: [{ ...first(a.board), count: 0.5 }] }),
      'invalid_count',
    ],
    [
      'more selected than the pool',
      (a) => ({ ...a, training: { ...a.training, bme: { selected: 9, pool: 8 } } }),
      'invalid_count',
    ],
    [
      'a negative quartile count',
      (a) => ({ ...a, quartiles: [{ quartile: 1, women: -2, men: 3 }] }),
      'invalid_count',
    ],
    [
      'an intersect cell outside the list',
      (a) => ({
        ...a,
        intersect: [{ ...first(a.intersect), ethnicity: null, sex: null, disability: null }],
      }),
      'invalid_option',
    ],
    [
      'an intersect cell with a negative count',
      (a) => ({ ...a, intersect: [{ ...first(a.intersect), senior: -1 }] }),
      'invalid_count',
    ],
  ])('%s', (_name, change, code) => {
    expect(codeOf(() => computeWorkforceMeasures(change(base), OPTS))).toBe(code);
  });

  it('names the snapshot date it refused', () => {
    expect(() => computeWorkforceMeasures(base, { ...OPTS, asOf: 'March' })).toThrow(
      'The snapshot date must be a calendar date like 2026-03-31, not "March"',
    );
  });
});
