import type { CellValue, Workbook } from 'exceljs';
import { rowsFromTable, type ParsedFile } from './rows.ts';

/** A cell as text: dates as YYYY-MM-DD (Excel dates arrive as UTC midnight), formulas by their result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('result' in value) return cellText(value.result ?? null);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('error' in value) return String(value.error);
  return '';
}

/** Reads the first worksheet; a row's line is its Excel row number. */
export function rowsFromWorkbook(workbook: Workbook): ParsedFile {
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], problem: 'The workbook has no worksheet.' };
  const table: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(cellText(row.getCell(col).value));
    table.push({ line: rowNumber, cells });
  });
  return rowsFromTable(table);
}

/** Loaded only when someone picks an Excel file: the library is large. */
export async function parseXlsx(data: ArrayBuffer): Promise<ParsedFile> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    return {
      rows: [],
      problem:
        'The file could not be read as an Excel workbook (.xlsx). Save it as .xlsx or CSV and try again.',
    };
  }
  return rowsFromWorkbook(workbook);
}
