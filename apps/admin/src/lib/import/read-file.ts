import {
  FILE_SNIFF_BYTES,
  IMPORT_MAX_FILE_BYTES,
  csvTextEncoding,
  fileSizeProblem,
  notCsvMessage,
} from '@belonging/domain';
import { parseCsv } from './parse-csv.ts';
import { parseXlsx } from './parse-xlsx.ts';
import type { ParsedFile } from './rows.ts';

/**
 * Reads a picked file in the browser: refused before reading when too large; a CSV only when its
 * bytes are text (UTF-8, or Excel's Windows encoding); .xlsx as a workbook; anything else refused.
 */
export async function readImportFile(file: File): Promise<ParsedFile> {
  const tooLarge = fileSizeProblem(file.size, IMPORT_MAX_FILE_BYTES);
  if (tooLarge) return { rows: [], problem: `${tooLarge}. Split it into smaller files.` };
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || file.type === 'text/csv') {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const notCsv = notCsvMessage(bytes.subarray(0, FILE_SNIFF_BYTES));
    if (notCsv) return { rows: [], problem: notCsv };
    return parseCsv(new TextDecoder(csvTextEncoding(bytes)).decode(bytes));
  }
  if (name.endsWith('.xlsx')) return parseXlsx(await file.arrayBuffer());
  return { rows: [], problem: 'The file must be a CSV (.csv) or an Excel workbook (.xlsx).' };
}
