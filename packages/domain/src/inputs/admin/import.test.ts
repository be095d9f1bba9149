import { describe, expect, it } from 'vitest';
import {
  ZAdminImportInput,
  checkImportRows,
  parseImportDate,
  parseImportNumber,
  type TImportKpi,
} from './import.ts';

describe('parseImportDate', () => {
  it.each([
    ['2025-03-31', '2025-03-31'],
    ['31/03/2025', '2025-03-31'],
    ['1/4/2025', '2025-04-01'],
    [' 2025-3-1 ', '2025-03-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseImportDate(text)?.toISOString().slice(0, 10)).toBe(iso);
  });

  it.each([
    '31/02/2025',
    '2025-13-01',
    '03/31/2025',
    '1899-12-31',
    '2025/03/31',
    '45747',
    'March 2025',
    '',
  ])('refuses %s', (text) => {
    expect(parseImportDate(text)).toBeNull();
  });
});

describe('parseImportNumber', () => {
  it.each([
    ['42', 42],
    ['-1.99', -1.99],
    ['7.94%', 7.94],
    ['1,234.5', 1234.5],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %s as %s', (text, value) => {
    expect(parseImportNumber(text)).toBe(value);
  });

  it.each(['forty', '1,23', '12,3456', 'NaN', 'Infinity', '1e999', '--1', ''])(
    'refuses %s',
    (text) => {
      expect(parseImportNumber(text)).toBeNull();
    },
  );
});

const KPIS: TImportKpi[] = [
  { id: 'k1', code: 'WRES-7', unit: 'percent', signedPercent: false, frequency: 'annual' },
  { id: 'k2', code: 'WRES-2', unit: 'ratio', signedPercent: false, frequency: 'annual' },
  { id: 'k3', code: 'GPG-MEAN', unit: 'percent', signedPercent: true, frequency: 'annual' },
];
const row = (change: Record<string, string> = {}, line = 2) => ({
  line,
  kpiCode: 'WRES-7',
  periodEnd: '2025-03-31',
  value: '45',
  ...change,
});

describe('checkImportRows', () => {
  it('parses clean rows, matching codes without regard to case and keeping groups and notes', () => {
    const result = checkImportRows(
      [
        row({ kpiCode: 'wres-7', group: ' BME ', note: 'Survey' }),
        row({ kpiCode: 'WRES-2', numerator: '12', denominator: '40', value: '1.3' }, 3),
      ],
      KPIS,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        kpiId: 'k1',
        kpiCode: 'WRES-7',
        periodEnd: new Date('2025-03-31T00:00:00.000Z'),
        value: 45,
        group: 'BME',
        numerator: null,
        denominator: null,
        note: 'Survey',
      },
      {
        line: 3,
        kpiId: 'k2',
        kpiCode: 'WRES-2',
        periodEnd: new Date('2025-03-31T00:00:00.000Z'),
        value: 1.3,
        group: '',
        numerator: 12,
        denominator: 40,
        note: null,
      },
    ]);
  });

  it.each([
    ['a blank KPI code', { kpiCode: ' ' }, 'kpiCode', 'Enter the KPI code'],
    ['a blank period end', { periodEnd: '' }, 'periodEnd', 'Enter the period end date'],
    [
      'a percentage below 0',
      { value: '-0.1' },
      'value',
      'WRES-7 is a percentage: the value must be between 0 and 100, not -0.1',
    ],
    [
      'a denominator that is not a count',
      { numerator: '1', denominator: 'ten' },
      'denominator',
      '"ten" is not a whole number of people',
    ],
    [
      'a group over 80 characters',
      { group: 'g'.repeat(81) },
      'group',
      'The group must be 80 characters or fewer',
    ],
    [
      'a note over 2000 characters',
      { note: 'n'.repeat(2001) },
      'note',
      'The note must be 2000 characters or fewer',
    ],
  ])('reports %s', (_name, change, field, reason) => {
    expect(checkImportRows([row(change)], KPIS).problems).toEqual([{ line: 2, field, reason }]);
  });

  it('accepts a signed percentage below 0, down to -100 and up to 100', () => {
    expect(
      checkImportRows(
        [
          row({ kpiCode: 'GPG-MEAN', value: '-1.99' }),
          row({ kpiCode: 'GPG-MEAN', value: '-100', periodEnd: '2024-03-31' }, 3),
          row({ kpiCode: 'GPG-MEAN', value: '100', periodEnd: '2023-03-31' }, 4),
        ],
        KPIS,
      ).problems,
    ).toEqual([]);
  });

  it('answers no parsed rows when any row has a problem, and every problem of a row', () => {
    const result = checkImportRows(
      [row(), row({ kpiCode: 'NOPE', periodEnd: 'soon', value: 'x' }, 3)],
      KPIS,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => p.field)).toEqual(['kpiCode', 'periodEnd', 'value']);
  });

  it('treats the same KPI and period end in another group as a different row', () => {
    expect(
      checkImportRows([row({ group: 'BME' }), row({ group: 'White' }, 3), row({}, 4)], KPIS)
        .problems,
    ).toEqual([]);
    expect(checkImportRows([row(), row({}, 3)], KPIS).problems).toEqual([
      { line: 3, field: 'periodEnd', reason: 'Duplicate of line 2: same KPI, period end' },
    ]);
  });
});

describe('ZAdminImportInput', () => {
  it('reads spreadsheet numbers as text and refuses an empty file', () => {
    expect(
      ZAdminImportInput.parse({
        rows: [{ line: 2, kpiCode: 'A', periodEnd: '2025-03-31', value: 45, group: null }],
      }).rows[0],
    ).toEqual({
      line: 2,
      kpiCode: 'A',
      periodEnd: '2025-03-31',
      value: '45',
    });
    expect(ZAdminImportInput.safeParse({ rows: [] }).error?.issues[0]?.message).toBe(
      'The file has no rows to import',
    );
  });
});
