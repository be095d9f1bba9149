import { describe, expect, it } from 'vitest';
import { findLibraryIndicator } from '../library/indicators.ts';
import { WORKFORCE_KPI_CODES, workforceKpiValues } from './kpi-values.ts';
import { computeWorkforceMeasures } from './measures.ts';
import { RECRUITMENT, STAFF, buildAggregates } from '../../test/workforce-fixture.ts';

// The 40-person trust of test/workforce-fixture.ts (its figures are worked out in
// measures.test.ts), turned into KPI measurements.
const aggregates = buildAggregates(STAFF, RECRUITMENT);
const at = (threshold: number, a = aggregates) =>
  workforceKpiValues(computeWorkforceMeasures(a, { asOf: '2026-03-31', threshold }));

describe('workforceKpiValues', () => {
  it('every code it can produce is a library KPI', () => {
    for (const code of WORKFORCE_KPI_CODES) expect(findLibraryIndicator(code)?.code).toBe(code);
  });

  const { values, skipped } = at(1);
  const find = (kpiCode: string, group = '') =>
    values.find((v) => v.kpiCode === kpiCode && v.group === group);

  it('at threshold 1 nothing is skipped and only known codes appear', () => {
    expect(skipped).toEqual([]);
    // WRES 1 and WDES 1: a headline and 7 bands each; 5 likelihoods × 3; 2 board gaps × 2; 6 pay
    // gaps; EDI 2d × 2.
    expect(values).toHaveLength(8 + 8 + 15 + 4 + 6 + 2);
    expect(
      values.every((v) => (WORKFORCE_KPI_CODES as readonly string[]).includes(v.kpiCode)),
    ).toBe(true);
  });

  it('WRES 1 / WDES 1 headline: Band 8a and above (8a, 8c, VSM here), medical grades left out', () => {
    // BME: 8a 2 + 8c 1 + VSM 1 = 4 of 4 + 2 + 2 = 8; Disabled: 33 alone, 1 of 8.
    const row = { numerator: 4, denominator: 8, suppressed: false };
    expect(find('WRES-1')).toEqual({ kpiCode: 'WRES-1', group: '', value: 50, ...row });
    expect(find('WDES-1')).toMatchObject({ value: 12.5, numerator: 1, denominator: 8 });
  });

  it('WRES 1 / WDES 1 groups: one per band row, named for staff group and band', () => {
    expect(values.filter((v) => v.kpiCode === 'WRES-1' && v.group !== '')).toEqual([
      group('Clinical, Band 5', 50, 6, 12, false),
      group('Clinical, Band 7', 37.5, 3, 8, false),
      group('Non-clinical, Band 3', 37.5, 3, 8, false),
      group('Non-clinical, Band 8a', 50, 2, 4, true),
      group('Non-clinical, Band 8c', 50, 1, 2, true),
      group('Non-clinical, VSM', 50, 1, 2, true),
      group('Medical and dental, Consultant', 50, 2, 4, true),
    ]);
    expect(find('WDES-1', 'Medical and dental, Consultant')).toMatchObject({
      value: 25,
      numerator: 1,
    });
    function group(
      name: string,
      value: number,
      numerator: number,
      denominator: number,
      s: boolean,
    ) {
      return { kpiCode: 'WRES-1', group: name, value, numerator, denominator, suppressed: s };
    }
  });

  it.each([
    ['WRES-2', 2, ['White', 3, 6], ['BME', 2, 8]],
    ['WRES-3', 5, ['BME', 5, 18], ['White', 1, 18]],
    ['WRES-4', 4 / 3, ['White', 12, 18], ['BME', 9, 18]],
    ['WDES-2', 1.6, ['Non-disabled', 4, 10], ['Disabled', 1, 4]],
    ['WDES-3', 13.5, ['Disabled', 4, 8], ['Non-disabled', 1, 27]],
  ] as const)('%s: the ratio as headline, each side’s rate as a group', (code, rl, a, b) => {
    expect(find(code)?.value).toBeCloseTo(rl, 12);
    expect(find(code)).toMatchObject({ numerator: null, denominator: null, suppressed: false });
    for (const [name, selected, pool] of [a, b]) {
      expect(find(code, name)).toEqual({
        kpiCode: code,
        group: name,
        value: selected / pool,
        numerator: selected,
        denominator: pool,
        suppressed: false,
      });
    }
  });

  it('board gaps, pay gaps and senior representation: the figures of the measures', () => {
    const byKey = Object.fromEntries(values.map((v) => [`${v.kpiCode}|${v.group}`, v.value]));
    expect(byKey['WRES-9|']).toBe(-25);
    expect(byKey['WRES-9|Executive board members']).toBeCloseTo((1 / 3) * 100 - 45, 10);
    expect(byKey['WDES-10|']).toBe(0);
    expect(byKey['WDES-10|Executive board members']).toBe(-20);
    expect(byKey['PAYGAP-GENDER-MEDIAN|']).toBeCloseTo(((25.5 - 16) / 25.5) * 100, 10);
    expect(byKey['PAYGAP-ETHNICITY-MEDIAN|']).toBeCloseTo(((24 - 19.125) / 24) * 100, 10);
    expect(byKey['PAYGAP-DISABILITY-MEDIAN|']).toBeCloseTo(((23 - 19.25) / 23) * 100, 10);
    expect(byKey['EDI-2d|']).toBe(50);
    expect(byKey['EDI-2d|Disabled']).toBe(25);
  });
});

describe('at threshold 10', () => {
  const { values, skipped } = at(10);
  const tooFew = 'Built from fewer than 10 people';

  it('suppressed headlines are skipped with the reason in words', () => {
    expect(skipped).toEqual(
      [
        'WRES-1',
        'WDES-1',
        'WRES-2',
        'WRES-3',
        'WRES-4',
        'WDES-2',
        'WDES-3',
        'WRES-9',
        'WDES-10',
        'PAYGAP-DISABILITY-MEAN',
        'PAYGAP-DISABILITY-MEDIAN',
        'EDI-2d',
      ].map((kpiCode) => ({ kpiCode, group: '', reason: tooFew })),
    );
  });

  it('suppressed group cells are kept, marked suppressed, for the EDI team', () => {
    const groups = values.filter((v) => v.group !== '');
    expect(groups).toHaveLength(7 + 7 + 10 + 2 + 1);
    expect(groups.every((v) => v.suppressed)).toBe(true);
    expect(values.find((v) => v.kpiCode === 'WRES-2' && v.group === 'White')?.value).toBe(0.5);
  });

  it('pay gaps built from 10 or more men and women (and White and BME staff) are saved', () => {
    expect(values.filter((v) => v.group === '').map((v) => v.kpiCode)).toEqual([
      'PAYGAP-GENDER-MEAN',
      'PAYGAP-GENDER-MEDIAN',
      'PAYGAP-ETHNICITY-MEAN',
      'PAYGAP-ETHNICITY-MEDIAN',
    ]);
  });
});

describe('values that cannot be computed', () => {
  it('no recruitment file: WRES 2 and WDES 2 are skipped with why, headline and groups', () => {
    const { skipped } = at(1, buildAggregates(STAFF, null));
    const reason = 'Not computable: no recruitment file';
    expect(skipped).toEqual([
      { kpiCode: 'WRES-2', group: '', reason },
      { kpiCode: 'WRES-2', group: 'White', reason },
      { kpiCode: 'WRES-2', group: 'BME', reason },
      { kpiCode: 'WDES-2', group: '', reason },
      { kpiCode: 'WDES-2', group: 'Non-disabled', reason },
      { kpiCode: 'WDES-2', group: 'Disabled', reason },
    ]);
  });

  it('a likelihood with nobody selected in the comparison group, or an empty pool', () => {
    const disciplinary = { white: { selected: 0, pool: 18 }, bme: { selected: 5, pool: 18 } };
    const training = { white: { selected: 0, pool: 0 }, bme: { selected: 9, pool: 18 } };
    const { skipped } = at(1, { ...aggregates, disciplinary, training });
    expect(skipped).toEqual([
      { kpiCode: 'WRES-3', group: '', reason: 'Not computable: no White people selected' },
      { kpiCode: 'WRES-4', group: '', reason: 'Not computable: no White people in the pool' },
      { kpiCode: 'WRES-4', group: 'White', reason: 'Not computable: no White people in the pool' },
    ]);
  });

  it('an empty workforce: nothing at 8a and above, no board, no pay, nobody senior', () => {
    const { values, skipped } = at(1, buildAggregates([], null));
    expect(values).toEqual([]);
    const reasons = new Set(skipped.map((s) => `${s.kpiCode}: ${s.reason}`));
    expect(reasons).toContain('WRES-1: Not computable: no staff at Band 8a and above');
    expect(reasons).toContain('WRES-9: Not computable: no voting board members or no staff');
    expect(reasons).toContain('WDES-10: Not computable: no executive board members or no staff');
    expect(reasons).toContain(
      'PAYGAP-GENDER-MEAN: Not computable: a group has no hourly pay, or the reference group is paid 0',
    );
    expect(reasons).toContain('EDI-2d: Not computable: no staff at Band 8c and above');
  });

  it('a band row with no one in it is skipped, not saved as 0', () => {
    const bands = [
      { staffGroup: 'clinical', band: 'Band 2', ethnicity: 'white', disability: 'no', count: 0 },
    ] as const;
    const { skipped } = at(1, { ...aggregates, bands: [...bands] });
    expect(skipped).toContainEqual({
      kpiCode: 'WRES-1',
      group: 'Clinical, Band 2',
      reason: 'Not computable: no staff in this band',
    });
  });
});
