import { FORMULA_PROBES, inert, liveFormulaCells } from '@belonging/domain/csv-probes';
import { describe, expect, it } from 'vitest';
import { demoPayload, parseCsv } from '../test/index.ts';
import { PUBLIC_CSV_HEADER, publicCsv } from './public-csv.ts';

describe('publicCsv', () => {
  const rows = parseCsv(publicCsv(demoPayload()));

  it('has one row per KPI point, per workforce figure and for the EDS rating', () => {
    expect(rows[0]).toEqual([...PUBLIC_CSV_HEADER]);
    const bySection = (s: string) => rows.filter((r) => r[0] === s);
    // WRES-1 has four points, WRES-2 three, WRES-6 none.
    expect(bySection('KPI')).toHaveLength(7);
    expect(bySection('KPI')[0]).toEqual([
      'KPI',
      'WRES-1',
      'Staff at band 8a and above from BME backgrounds',
      '2024-03-31',
      '27',
      'percent',
      '35',
      '2028-03-31',
      'Demo figure (invented for the demonstration)',
    ]);
    expect(bySection('WRES')).toHaveLength(3);
    expect(bySection('WDES')).toHaveLength(2);
    expect(bySection('Pay gaps')).toHaveLength(2);
    expect(bySection('EDS 2022')).toEqual([
      ['EDS 2022', '', 'Overall rating 2024/25: Achieving', '', '21', 'score', '', '', ''],
    ]);
  });

  it('writes a suppressed figure as * with the reason, never a number', () => {
    const suppressed = rows.find((r) => r[2] === 'BME staff at very senior manager grade');
    expect(suppressed?.[4]).toBe('*');
    expect(suppressed?.[8]).toBe('Not published: fewer than 10 people');
  });

  it('makes text a spreadsheet would run as a formula inert', () => {
    const base = demoPayload();
    const workforce = base.workforce;
    if (!workforce) throw new Error('fixture has no workforce');
    const payload = demoPayload({
      workforce: {
        ...workforce,
        sections: [
          {
            title: 'WRES',
            figures: FORMULA_PROBES.map((label) => ({
              label,
              value: 1,
              unit: 'number' as const,
              suppressed: false,
              note: label,
            })),
          },
        ],
      },
    });
    const table = parseCsv(publicCsv(payload));
    expect(liveFormulaCells(table)).toEqual([]);
    expect(table.map((r) => r[2])).toEqual(expect.arrayContaining(FORMULA_PROBES.map(inert)));
  });
});
