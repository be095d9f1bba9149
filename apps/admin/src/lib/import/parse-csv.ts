import Papa from 'papaparse';
import { rowsFromTable, type ParsedFile } from './rows.ts';

/** Reads CSV text; each record's line is its record number, which is the line for ordinary files. */
export function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
  });
  const table = result.data.map((cells, i) => ({
    line: i + 1,
    cells: cells.map((c) => String(c)),
  }));
  return rowsFromTable(table);
}
