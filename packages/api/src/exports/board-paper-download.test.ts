import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { testProviders } from '@belonging/db/testing';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { pdfInfo } from '../../test/exports/pdf-tools.ts';
import { unzipEntry } from '../../test/exports/zip.ts';

describe.each(testProviders())('boardPaper.download on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('gives a board member the CSV: named for the period, rows that parse', async () => {
    const caller = await bed.callerAs(DEMO.board);
    const file = await caller.boardPaper.download({ format: 'csv' });
    expect(file.filename).toMatch(/^board-report-\d{4}-\d{2}-Q[1-4]\.csv$/);
    expect(file.mimeType).toMatch(/^text\/csv/);
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.data.filter((r) => r.Section === 'Summary' && r.Code?.startsWith('Ambition')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(parsed.data.some((r) => r.Section === 'KPI')).toBe(true);
  });

  it('gives a board member the workbook, whose summary sheet holds every ambition with its colour word', async () => {
    const caller = await bed.callerAs(DEMO.board);
    const file = await caller.boardPaper.download({ format: 'xlsx' });
    expect(file.filename).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ExcelJS.Buffer);
    const summary = workbook.getWorksheet('Summary');
    const ambitions: unknown[][] = [];
    summary?.eachRow((row) => {
      if (row.getCell(1).value === 'Ambition')
        ambitions.push([row.getCell(3).value, row.getCell(4).value]);
    });
    expect(ambitions.length).toBeGreaterThanOrEqual(3);
    for (const [title, rag] of ambitions) {
      expect(typeof title).toBe('string');
      expect(['Red', 'Amber', 'Green', 'Blue', 'Not rated']).toContain(rag);
    }
  });

  it('gives a network representative the PDF board paper', async () => {
    const caller = await bed.callerAs(DEMO.networkRep);
    const file = await caller.boardPaper.download({ format: 'pdf' });
    expect(file).toMatchObject({
      mimeType: 'application/pdf',
      filename: expect.stringMatching(/\.pdf$/) as string,
    });
    const pdf = Buffer.from(file.base64, 'base64');
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const info = pdfInfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(2);
  });

  it('gives a board member the Word board paper, opening with the front sheet', async () => {
    const caller = await bed.callerAs(DEMO.board);
    const file = await caller.boardPaper.download({ format: 'docx' });
    expect(file.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(file.filename).toMatch(/^board-report-\d{4}-\d{2}-Q[1-4]\.docx$/);
    const document = unzipEntry(Buffer.from(file.base64, 'base64'), 'word/document.xml') ?? '';
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('Assurance level');
    expect(document).toContain('Executive summary');
  });

  it('refuses someone not signed in with UNAUTHORIZED', async () => {
    const caller = await bed.callerAs(null);
    await expect(caller.boardPaper.download({ format: 'csv' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('rejects an unknown format as a bad request naming the field', async () => {
    const caller = await bed.callerAs(DEMO.board);
    // @ts-expect-error: 'odt' is not an export format; the API must still answer 400, not 500.
    await expect(caller.boardPaper.download({ format: 'odt' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringMatching(/format/i) as string,
    });
  });

  it('answers NOT_FOUND for a period of another trust or none at all', async () => {
    const caller = await bed.callerAs(DEMO.board);
    await expect(
      caller.boardPaper.download({ format: 'csv', periodId: 'no-such-period' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
