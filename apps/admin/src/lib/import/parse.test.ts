import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';
import { importReportCsv, importTemplateCsv } from './report.ts';
import { findDuplicateRows } from './rows.ts';
import { mergeProblems, validateInBatches } from './validate-in-batches.ts';

describe('reading a CSV of measurements', () => {
  it('numbers rows by their line in the file, heading on line 1, skipping blank lines', () => {
    const parsed = parseCsv(
      '\uFEFFKPI code,Period end,Value,Group\nWRES-2,2025-03-31,1.45,\n\nWRES-5,2025-03-31,24.1,BME\n',
    );
    expect(parsed.problem).toBeNull();
    expect(parsed.rows).toEqual([
      { line: 2, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.45' },
      { line: 4, kpiCode: 'WRES-5', periodEnd: '2025-03-31', value: '24.1', group: 'BME' },
    ]);
  });

  it('matches headings loosely and keeps every cell as text, quotes and commas included', () => {
    const parsed = parseCsv(
      'kpi_code,periodEnd,VALUE,numerator,denominator,notes\nWRES-2,2025-03-31,1.45,12,40,"late, revised"\n',
    );
    expect(parsed.rows[0]).toEqual({
      line: 2,
      kpiCode: 'WRES-2',
      periodEnd: '2025-03-31',
      value: '1.45',
      numerator: '12',
      denominator: '40',
      note: 'late, revised',
    });
  });

  it('refuses a file without a required column and names the column', () => {
    const parsed = parseCsv('KPI code,Value\nWRES-2,1.45\n');
    expect(parsed.rows).toEqual([]);
    expect(parsed.problem).toContain('"Period end"');
  });

  it('says so when the file has headings but no rows', () => {
    expect(parseCsv('KPI code,Period end,Value\n').problem).toBe(
      'The file has headings but no rows of measurements.',
    );
  });
});

describe('reading an Excel workbook of measurements', () => {
  it('reads the first sheet with Excel row numbers, dates as calendar days and numbers as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['KPI code', 'Period end', 'Value', 'Group']);
    sheet.addRow(['WRES-2', new Date(Date.UTC(2025, 2, 31)), 1.45, null]);
    sheet.addRow([]);
    sheet.addRow(['WRES-5', '2025-03-31', { formula: '20+4.1', result: 24.1 }, 'BME']);
    const buffer = await workbook.xlsx.writeBuffer();
    const parsed = await parseXlsx(buffer);
    expect(parsed.problem).toBeNull();
    expect(parsed.rows).toEqual([
      { line: 2, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.45' },
      { line: 4, kpiCode: 'WRES-5', periodEnd: '2025-03-31', value: '24.1', group: 'BME' },
    ]);
  });

  it('refuses a file that is not a workbook with a reason, not a crash', async () => {
    const parsed = await parseXlsx(new TextEncoder().encode('not a workbook').buffer);
    expect(parsed.problem).toContain('could not be read as an Excel workbook');
  });
});

describe('checking the whole file', () => {
  it('flags a repeat of KPI, period end and group anywhere in the file, naming the first line', () => {
    const rows = [
      { line: 2, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.4' },
      { line: 3, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.5', group: 'BME' },
      { line: 9, kpiCode: 'wres-2', periodEnd: '2025-03-31', value: '1.6' },
    ];
    expect(findDuplicateRows(rows)).toEqual([
      { line: 9, message: 'Duplicate of line 2: same KPI code, period end and group' },
    ]);
  });

  it('validates in batches, reporting progress after each batch, and merges problems in line order', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({
      line: i + 2,
      kpiCode: 'K',
      periodEnd: '2025-03-31',
      value: String(i),
    }));
    const progress: number[] = [];
    const sizes: number[] = [];
    const problems = await validateInBatches(
      rows,
      (batch) => {
        sizes.push(batch.length);
        return Promise.resolve(
          batch.filter((r) => r.line % 1000 === 0).map((r) => ({ line: r.line, message: 'bad' })),
        );
      },
      (checked) => progress.push(checked),
    );
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect(
      mergeProblems(problems, [
        { line: 5, message: 'dup' },
        { line: 1000, message: 'bad' },
      ]),
    ).toEqual([
      { line: 5, message: 'dup' },
      { line: 1000, message: 'bad' },
      { line: 2000, message: 'bad' },
    ]);
  });
});

describe('the import report and template', () => {
  it('lists every row with its outcome and the reasons a row was refused', () => {
    const csv = importReportCsv(
      [
        { line: 2, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.4' },
        { line: 3, kpiCode: 'NOPE', periodEnd: '2025-03-31', value: '1' },
        { line: 4, kpiCode: '=HYPERLINK("http://evil.example","x")', periodEnd: '', value: '-1' },
      ],
      [
        { line: 3, message: 'Unknown KPI code "NOPE"' },
        { line: 4, message: 'Unknown KPI code' },
      ],
      'Valid, not imported',
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFLine,KPI code,Period end,Value,Group,Numerator,Denominator,Note,Outcome,Reason',
      '2,WRES-2,2025-03-31,1.4,,,,,"Valid, not imported",',
      '3,NOPE,2025-03-31,1,,,,,Refused,"Unknown KPI code ""NOPE"""',
      `4,"'=HYPERLINK(""http://evil.example"",""x"")",,-1,,,,,Refused,Unknown KPI code`,
      '',
    ]);
  });

  it('gives a template whose headings read back as a valid file', () => {
    const parsed = parseCsv(importTemplateCsv());
    expect(parsed.problem).toBeNull();
    expect(parsed.rows.map((r) => r.kpiCode)).toEqual(['WRES-2', 'WRES-5']);
  });
});
