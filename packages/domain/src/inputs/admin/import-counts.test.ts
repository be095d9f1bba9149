import { describe, expect, it } from 'vitest';
import {
  IMPORT_MAX_ROWS,
  ZAdminImportInput,
  ZImportRowInput,
  checkImportRows,
  type TImportKpi,
} from './import.ts';
import { chars, issuesOf } from '../../../test/zod-issues.ts';

const KPIS: TImportKpi[] = [
  { id: 'k1', code: 'WRES-7', unit: 'percent', signedPercent: false, frequency: 'annual' },
  { id: 'k2', code: 'WRES-2', unit: 'ratio', signedPercent: false, frequency: 'annual' },
  { id: 'k3', code: 'HEADCOUNT', unit: 'number', signedPercent: false, frequency: 'annual' },
];
const row = (change: Record<string, string> = {}) => ({
  line: 2,
  kpiCode: 'HEADCOUNT',
  periodEnd: '2025-03-31',
  value: '45',
  ...change,
});

describe('checkImportRows: numerator and denominator', () => {
  it.each([
    ['a numerator equal to the denominator', { numerator: '5', denominator: '5' }, 5, 5],
    [
      'both counts at 10,000,000 with separators',
      { numerator: '10,000,000', denominator: '10,000,000' },
      10_000_000,
      10_000_000,
    ],
    ['both counts blank as neither', { numerator: ' ', denominator: '' }, null, null],
  ])('accepts %s', (_name, change, numerator, denominator) => {
    const result = checkImportRows([row(change)], KPIS);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]).toMatchObject({ numerator, denominator });
  });

  it.each([
    [
      'a numerator one larger than the denominator',
      { numerator: '6', denominator: '5' },
      'numerator',
      'The numerator (6) cannot be larger than the denominator (5)',
    ],
    [
      'a numerator without a denominator',
      { numerator: '5' },
      'denominator',
      'Give both the numerator and the denominator, or neither',
    ],
    [
      'a denominator without a numerator',
      { denominator: '5' },
      'numerator',
      'Give both the numerator and the denominator, or neither',
    ],
    [
      'a ratio with neither count',
      { kpiCode: 'WRES-2' },
      'numerator',
      'WRES-2 is a ratio: give the numerator and denominator counts it was worked out from',
    ],
    [
      'a ratio with no denominator',
      { kpiCode: 'WRES-2', numerator: '3' },
      'denominator',
      'WRES-2 is a ratio: give the numerator and denominator counts it was worked out from',
    ],
    [
      'a denominator over 10,000,000',
      { numerator: '1', denominator: '10000001' },
      'denominator',
      '"10000001" is not a whole number of people',
    ],
    [
      'a fractional numerator',
      { numerator: '1.5', denominator: '5' },
      'numerator',
      '"1.5" is not a whole number of people',
    ],
    [
      'a negative numerator',
      { numerator: '-1', denominator: '5' },
      'numerator',
      '"-1" is not a whole number of people',
    ],
  ])('reports %s', (_name, change, field, reason) => {
    const result = checkImportRows([row(change)], KPIS);
    expect(result.problems).toEqual([{ line: 2, field, reason }]);
    expect(result.rows).toEqual([]);
  });

  it.each([
    ['0', []],
    ['100', []],
    [
      '100.01',
      [
        {
          line: 2,
          field: 'value',
          reason: 'WRES-7 is a percentage: the value must be between 0 and 100, not 100.01',
        },
      ],
    ],
  ])('a percentage of %s is checked against 0 to 100', (value, problems) => {
    expect(checkImportRows([row({ kpiCode: 'WRES-7', value })], KPIS).problems).toEqual(problems);
  });
});

describe('ZImportRowInput and ZAdminImportInput', () => {
  it('reads numeric cells as text and an empty cell as not given', () => {
    expect(
      ZImportRowInput.parse({ ...row(), value: 45.5, numerator: 3, denominator: 4, note: null }),
    ).toEqual({ ...row(), value: '45.5', numerator: '3', denominator: '4' });
  });

  it.each([
    ['line', 0, 'The line number must be 1 or more'],
    ['line', 1.5, 'The line number must be a whole number'],
    ['kpiCode', chars(201), 'The KPI code must be 200 characters or fewer'],
    ['value', {}, 'The value must be text'],
    ['group', chars(1001), 'The group must be 1000 characters or fewer'],
    ['note', chars(10_001), 'The note must be 10000 characters or fewer'],
  ])('refuses a row whose %s is %j', (path, value, message) => {
    expect(issuesOf(ZImportRowInput, { ...row(), [path]: value })).toEqual([{ path, message }]);
  });

  it(`takes ${IMPORT_MAX_ROWS} rows at once but not one more`, () => {
    const rows = Array.from({ length: IMPORT_MAX_ROWS + 1 }, () => row());
    expect(issuesOf(ZAdminImportInput, { rows: rows.slice(1) })).toEqual([]);
    expect(issuesOf(ZAdminImportInput, { rows })).toEqual([
      { path: 'rows', message: 'Import 20,000 rows or fewer at a time: split the file' },
    ]);
  });
});
