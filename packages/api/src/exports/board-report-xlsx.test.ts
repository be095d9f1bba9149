import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from './board-report-xlsx.ts';
import {
  AMBITION_TITLES,
  FORMULA_TITLE,
  boardReportFixture,
} from '../../test/exports/board-report-fixture.ts';
import { RAG_COLOURS } from './rag-colours.ts';

async function open(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet named ${name}`);
  return found;
}

/** Rows below the header as objects keyed by the header text. */
function records(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    out.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return out;
}

describe('toXlsx', async () => {
  const report = boardReportFixture();
  const workbook = await open(await toXlsx(report));

  it('opens with one sheet per part of the report', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Exceptions',
      'KPIs',
      'Optimistic views',
      'Missing updates',
      'Stale KPIs',
      'About this report',
    ]);
  });

  it('holds the summary: the strategy, each ambition by title, its colour word and movement', () => {
    const rows = records(sheet(workbook, 'Summary'));
    const ambitions = rows.filter((r) => r.Level === 'Ambition');
    expect(ambitions.map((r) => [r.Title, r.RAG, r.Movement, r.Red, r.Amber])).toEqual([
      [AMBITION_TITLES[0], 'Amber', 'Deteriorated', 0, 2],
      [AMBITION_TITLES[1], 'Red', 'No change', 2, 1],
      [AMBITION_TITLES[2], 'Green', 'Improved', 0, 0],
    ]);
    expect(rows[0]).toMatchObject({
      Level: 'Strategy',
      Title: report.strategyTitle,
      RAG: 'Amber',
      Green: 4,
    });
    expect(rows.filter((r) => r.Level === 'Commitment').map((r) => r.Code)).toEqual([
      '1.1',
      '1.2',
      '2.1',
    ]);
  });

  it('fills each colour cell with its colour and writes its word in it', () => {
    const ws = sheet(workbook, 'Summary');
    const ragColumn = (ws.getRow(1).values as unknown[]).indexOf('RAG');
    const row = ws
      .getRows(2, ws.rowCount - 1)
      ?.find((r) => r.getCell(3).value === AMBITION_TITLES[1]);
    const red = row?.getCell(ragColumn);
    if (!red) throw new Error('No row for the second ambition');
    expect(red.value).toBe('Red');
    expect(red.fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${RAG_COLOURS.red.fill}` },
    });
    const kpis = sheet(workbook, 'KPIs');
    const kpiRag = (kpis.getRow(1).values as unknown[]).indexOf('RAG');
    const notRated = kpis.getRow(5).getCell(kpiRag);
    expect(notRated.value).toBe('Not rated');
    expect(notRated.fill).toMatchObject({ fgColor: { argb: `FF${RAG_COLOURS.grey.fill}` } });
  });

  it('makes every header row bold and frozen', () => {
    for (const ws of workbook.worksheets) {
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('lists one line per KPI with numbers, SPC variation and assurance in words', () => {
    const rows = records(sheet(workbook, 'KPIs'));
    expect(rows.map((r) => r.Code)).toEqual(report.kpis.map((k) => k.code));
    expect(rows[0]).toMatchObject({
      RAG: 'Red',
      Actual: 1.62,
      Gap: -0.32,
      Movement: 'Deteriorated',
    });
    expect(rows[0]?.['SPC variation']).toMatch(/concerning nature/);
    expect(rows[0]?.['SPC assurance']).toMatch(/consistently fail/);
    expect(rows[2]?.['SPC variation']).toMatch(/run chart/);
  });

  it('keeps exceptions, missing updates and stale KPIs, formula-like text stored as plain text', () => {
    const exceptions = records(sheet(workbook, 'Exceptions'));
    expect(exceptions.map((r) => r.Code)).toEqual(['2.1.1', 'WRES-2', '1.1.2']);
    expect(exceptions[2]?.Title).toBe(FORMULA_TITLE);
    expect(exceptions[0]?.['Recovery action']).toBe(report.exceptions[0]?.recoveryAction);
    expect(records(sheet(workbook, 'Missing updates')).map((r) => r.Code)).toEqual(['2.1.2']);
    expect(records(sheet(workbook, 'Stale KPIs')).map((r) => r.Code)).toEqual([
      'WDES-4',
      'EDS-TOTAL',
    ]);
  });

  it('says when a part is empty and names demo data', async () => {
    const empty = await open(
      await toXlsx(boardReportFixture({ missingUpdates: [], isDemo: false })),
    );
    expect(sheet(empty, 'Missing updates').getRow(2).getCell(1).value).toBe('None this period');
    const about = records(sheet(workbook, 'About this report'));
    expect(about.find((r) => r.About === 'Demo data')?.Value).toMatch(
      /not the trust’s own results/,
    );
    expect(records(sheet(empty, 'About this report')).some((r) => r.About === 'Demo data')).toBe(
      false,
    );
  });
});
