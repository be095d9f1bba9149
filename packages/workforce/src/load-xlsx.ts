// Streams the first worksheet of an XLSX through exceljs into a DuckDB table of text columns, a
// chunk at a time: the workbook is never held in memory and never touches a temp file.
import { DuckDBDataChunkWriter } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { WORKFORCE_COLUMNS, type TWorkforceFile } from '@belonging/domain';
import { run, sqlName, type TDb } from './duckdb.ts';
import { WorkforceFileError } from './errors.ts';
import { nameColumns, normaliseHeader, requireColumns } from './source.ts';
import { orderWorkbookForStreaming } from './xlsx-zip.ts';

/** A cell as the text a CSV would hold: numbers as written, formulas by their result. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (cell.richText) return cellText(cell.richText.map((run) => run.text).join(''));
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
  }
  return null;
}

async function* worksheetRows(path: string, fileName: string): AsyncGenerator<unknown[]> {
  const ordered = await orderWorkbookForStreaming(path);
  if (!ordered) throw new WorkforceFileError(`${fileName} is not an XLSX file`, fileName);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(ordered.stream, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  // Without a shared-strings entry exceljs would wait for one, parking the sheet in a temp file.
  if (!ordered.hasSharedStrings) Object.assign(reader, { sharedStrings: [] });
  for await (const sheet of reader) {
    for await (const row of sheet) yield row.values as unknown[];
  }
}

/**
 * Loads the first worksheet into `table` (the id, then the other columns of `kind`, as text):
 * the header is its first non-empty row; blank rows are skipped. Returns the data rows loaded.
 */
export async function loadXlsx(
  db: TDb,
  table: string,
  kind: TWorkforceFile,
  path: string,
  fileName: string,
): Promise<number> {
  const columns = WORKFORCE_COLUMNS[kind];
  await run(
    db,
    `CREATE TABLE ${table} (${columns.map((c) => `${sqlName(c)} VARCHAR`).join(', ')})`,
  );
  const appender = await db.createAppender(table);
  const writer = DuckDBDataChunkWriter.forAppender<string>(appender);
  let positions: number[] | null = null;
  let rows = 0;
  try {
    for await (const values of worksheetRows(path, fileName)) {
      const texts = Array.from(values, cellText);
      if (texts.every((text) => text === null)) continue;
      if (!positions) {
        const names = nameColumns(texts.map((text) => normaliseHeader(text ?? '')));
        requireColumns(kind, names, fileName);
        positions = columns.map((column) => names.indexOf(column));
        continue;
      }
      writer.appendRow(positions.map((at) => texts[at] ?? null));
      rows++;
    }
    if (!positions) throw new WorkforceFileError(`${fileName} is empty`, fileName);
    writer.flush();
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return rows;
}
