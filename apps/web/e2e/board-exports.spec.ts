import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BOARD_MEMBER, expectHeading } from './support.ts';

// The web app itself does not depend on exceljs or papaparse; the API that writes these files does,
// so the checks read them with the same libraries, resolved from there.
const fromApi = createRequire(new URL('../../../packages/api/package.json', import.meta.url));
const Papa = fromApi('papaparse') as {
  parse: (
    text: string,
    opts: { header: boolean; skipEmptyLines: boolean },
  ) => { data: Record<string, string>[]; errors: unknown[] };
};
const ExcelJS = fromApi('exceljs') as {
  Workbook: new () => {
    xlsx: { load: (data: Buffer) => Promise<unknown> };
    getWorksheet: (
      name: string,
    ) => { rowCount: number; getRow: (n: number) => { values: unknown } } | undefined;
  };
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('a board member downloads the report as CSV, an Excel workbook, and a PDF and Word board paper', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, BOARD_MEMBER);
  await expectHeading(page, /^Board report/);
  await expect(page.getByTestId('report-summary')).toBeVisible();
  await expectAccessible(page);

  const csv = await download(page, 'Download CSV');
  // The pressed button keeps focus while the file is made, and the outcome is announced.
  await expect(page.getByTestId('download-outcome')).toHaveText('CSV downloaded.');
  await expect(page.getByRole('button', { name: 'Download CSV' })).toBeFocused();
  expect(csv.name).toMatch(/\.csv$/);
  const parsed = Papa.parse(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const summaryRows = parsed.data.filter((row) => row.Section === 'Summary');
  expect(summaryRows.length).toBeGreaterThanOrEqual(3);
  expect(summaryRows.map((r) => r.RAG)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^(Red|Amber|Green|Blue|Not rated)$/)]),
  );
  expect(parsed.data.some((row) => row.Section === 'KPI')).toBe(true);

  const xlsx = await download(page, 'Download Excel workbook');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes);
  const summary = workbook.getWorksheet('Summary');
  expect(summary, 'a Summary worksheet').toBeDefined();
  expect(summary?.rowCount ?? 0).toBeGreaterThan(3);
  expect(JSON.stringify(summary?.getRow(2).values)).toMatch(/Red|Amber|Green|Blue|Not rated/);

  const pdf = await download(page, 'Download PDF board paper');
  expect(pdf.name).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pages = pdf.bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pdf.bytes.toString('latin1')).toContain('/StructTreeRoot');

  const docx = await download(page, 'Download Word board paper');
  await expect(page.getByTestId('download-outcome')).toHaveText('Word board paper downloaded.');
  expect(docx.name).toMatch(/\.docx$/);
  // A .docx is a zip whose parts are named in its central directory, in plain text.
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(docx.bytes.toString('latin1')).toContain('word/document.xml');
  expect(errors).toEqual([]);
});
