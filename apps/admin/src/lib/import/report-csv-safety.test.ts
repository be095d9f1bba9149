import { FORMULA_PROBES, inert, liveFormulaCells } from '@belonging/domain/csv-probes';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importReportCsv, importTemplateCsv } from './report.ts';

function table(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('the import report and template, read back as a spreadsheet would', () => {
  it.each(FORMULA_PROBES.map((p) => [JSON.stringify(p), p]))(
    'writes %s as inert text in every column, and numbers as numbers',
    (_name, probe) => {
      const csv = importReportCsv(
        [
          {
            line: 2,
            kpiCode: probe,
            periodEnd: probe,
            value: probe,
            group: probe,
            numerator: probe,
            denominator: probe,
            note: probe,
          },
          { line: 3, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '-0.5', numerator: '12' },
        ],
        [{ line: 2, message: probe }],
        probe,
      );
      const cells = table(csv);
      expect(liveFormulaCells(cells)).toEqual([]);
      // Every cell the person typed comes back as the text they typed, shown as text.
      expect(cells[1]?.slice(1, 8)).toEqual(Array<string>(7).fill(inert(probe)));
      expect(cells[1]?.[9]).toBe(inert(probe));
      expect(cells[2]?.[8]).toBe(inert(probe));
      // Numbers are left alone: a negative value still adds up in the spreadsheet.
      expect(cells[2]?.slice(0, 4)).toEqual(['3', 'WRES-2', '2025-03-31', '-0.5']);
    },
  );

  it('gives a template with no formula in it', () => {
    expect(liveFormulaCells(table(importTemplateCsv()))).toEqual([]);
  });
});
