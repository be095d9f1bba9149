import { describe, expect, it } from 'vitest';
import { checkImportRows, type TImportKpi, type TImportRowInput } from './import.ts';

const KPIS: TImportKpi[] = [
  { id: 'k1', code: 'Q-PCT', unit: 'percent', signedPercent: false, frequency: 'quarterly' },
  { id: 'k2', code: 'M-NUM', unit: 'number', signedPercent: false, frequency: 'monthly' },
  { id: 'k3', code: 'EDS-TOTAL', unit: 'score', signedPercent: false, frequency: 'annual' },
  {
    id: 'k4',
    code: 'NARROW',
    unit: 'percent',
    signedPercent: false,
    frequency: 'annual',
    rangeLow: 10,
    rangeHigh: 60,
  },
];

const row = (change: Partial<TImportRowInput>, line = 2): TImportRowInput => ({
  line,
  kpiCode: 'Q-PCT',
  periodEnd: '2026-09-30',
  value: '50',
  ...change,
});

describe('checkImportRows: ranges and period ends, each bad row named with line and column', () => {
  it.each([
    [
      'a quarterly value on 15 November',
      { periodEnd: '2026-11-15' },
      'periodEnd',
      '15 November 2026 is not a quarter end: quarters end on 30 June, 30 September, 31 December and 31 March',
    ],
    [
      'a monthly value in the middle of a month',
      { kpiCode: 'M-NUM', periodEnd: '15/01/2026' },
      'periodEnd',
      '15 January 2026 is not a month end: this KPI is monthly, so use the last day of the month, 31 January 2026',
    ],
    [
      'a percentage of 150',
      { value: '150' },
      'value',
      'Q-PCT is a percentage: the value must be between 0 and 100, not 150',
    ],
    [
      'a number of 1e308',
      { kpiCode: 'M-NUM', periodEnd: '2026-01-31', value: '1e308' },
      'value',
      'M-NUM is a number: the value must be between -1,000,000,000 and 1,000,000,000, not 1e308',
    ],
    [
      'an EDS total of 34',
      { kpiCode: 'EDS-TOTAL', periodEnd: '2026-03-31', value: '34' },
      'value',
      'EDS-TOTAL is an EDS 2022 total score: the value must be between 0 and 33, not 34',
    ],
    [
      'a value outside the KPI’s own range',
      { kpiCode: 'NARROW', periodEnd: '2026-03-31', value: '61' },
      'value',
      'NARROW is a percentage in this KPI’s range: the value must be between 10 and 60, not 61',
    ],
  ])('refuses %s', (_name, change, field, reason) => {
    expect(checkImportRows([row(change, 7)], KPIS).problems).toEqual([{ line: 7, field, reason }]);
  });

  it('accepts every quarter end and the edges of the range', () => {
    const ends = ['2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31'];
    const rows = ends.map((periodEnd, i) => row({ periodEnd, value: String(i * 33 + 1) }, i + 2));
    rows.push(row({ kpiCode: 'NARROW', periodEnd: '2026-03-31', value: '60' }, 9));
    expect(checkImportRows(rows, KPIS).problems).toEqual([]);
  });
});
