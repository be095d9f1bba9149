import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';
import type { ParsedFile } from './rows.ts';

/** Reads a picked file in the browser: CSV as text, .xlsx as a workbook; anything else is refused. */
export async function readImportFile(file: File): Promise<ParsedFile> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') return parseCsv(await file.text());
  if (name.endsWith('.xlsx')) return parseXlsx(await file.arrayBuffer());
  return { rows: [], problem: 'The file must be a CSV (.csv) or an Excel workbook (.xlsx).' };
}
