import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField } from '@belonging/domain';
import { CSV_COLUMNS, toCsv } from './board-report-csv.ts';
import {
  AMBITION_TITLES,
  FORMULA_TITLE,
  boardReportFixture,
} from '../../test/exports/board-report-fixture.ts';

type TParsedRow = Record<(typeof CSV_COLUMNS)[number], string>;

function parse(csv: string) {
  const parsed = Papa.parse<TParsedRow>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('toCsv', () => {
  const report = boardReportFixture();
  const csv = toCsv(report);
  const { data: rows, meta } = parse(csv);

  it('starts with a UTF-8 byte order mark and ends lines with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one header row then one row per item, section by section', () => {
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    const sections = rows.map((r) => r.Section);
    const summaryRows =
      1 + report.summary.length + report.summary.reduce((n, a) => n + a.commitments.length, 0);
    expect(sections).toEqual([
      ...Array<string>(summaryRows).fill('Summary'),
      ...Array<string>(report.exceptions.length).fill('Exception'),
      ...Array<string>(report.optimistic.length).fill('Optimistic owner view'),
      ...Array<string>(report.kpis.length).fill('KPI'),
      ...Array<string>(report.missingUpdates.length).fill('Missing update'),
      ...Array<string>(report.staleKpis.length).fill('Stale KPI'),
    ]);
    expect(rows.every((r) => Object.keys(r).length === CSV_COLUMNS.length)).toBe(true);
  });

  it('writes colours and movement as words, with the counts per colour', () => {
    const ambitions = rows.filter((r) => r.Section === 'Summary' && r.Code.startsWith('Ambition'));
    expect(ambitions.map((r) => [r.Title, r.RAG, r.Movement])).toEqual([
      [AMBITION_TITLES[0], 'Amber', 'Deteriorated'],
      [AMBITION_TITLES[1], 'Red', 'No change'],
      [AMBITION_TITLES[2], 'Green', 'Improved'],
    ]);
    expect(ambitions[1]).toMatchObject({
      Red: '2',
      Amber: '1',
      Green: '1',
      Blue: '0',
      'Not rated': '1',
    });
    const eds = rows.find((r) => r.Section === 'KPI' && r.Code === 'EDS-TOTAL');
    expect(eds).toMatchObject({ RAG: 'Not rated', Actual: '', Gap: '', Stale: 'Yes' });
  });

  it('keeps KPI values as plain numbers, negatives included, with SPC in words', () => {
    const wres = rows.find((r) => r.Section === 'KPI' && r.Code === 'WRES-2');
    expect(wres).toMatchObject({
      Unit: 'ratio',
      Actual: '1.62',
      Expected: '1.3',
      Target: '1',
      Gap: '-0.32',
      'Period end': '2025-12-31',
      Variation: expect.stringMatching(/concerning nature/) as string,
      Assurance: expect.stringMatching(/consistently fail/) as string,
    });
  });

  it('quotes commas, quotes and line breaks so each value survives in its own cell', () => {
    const exception = rows.find((r) => r.Code === '2.1.1');
    expect(exception?.Narrative).toBe(report.exceptions[0]?.narrative);
    expect(exception?.['Recovery action']).toBe(report.exceptions[0]?.recoveryAction);
    expect(rows.find((r) => r.Code === '2.1')?.Title).toBe(
      'Fair recruitment, with "diverse" panels',
    );
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const injected = rows.find((r) => r.Code === '1.1.2');
    expect(injected?.Title).toBe(`'${FORMULA_TITLE}`);
    expect(injected?.Owner).toBe("'+44 Chief Nurse");
    expect(injected?.Narrative).toBe("'@SUM(A1:A9)");
    expect(injected?.['Recovery action']).toBe("'-2 weeks slip, recovered by April");
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-(?!\d)/.test(c))).toEqual([]);
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField(-0.32)).toBe('-0.32');
  });
});
