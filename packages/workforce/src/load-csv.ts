// Reads a CSV with DuckDB's parallel reader, every column as text, with the delimiter and column
// names fixed from our own look at the header (no sniffing: a value never changes a type).
import { type TWorkforceFile } from '@belonging/domain';
import { sqlName, sqlString } from './duckdb.ts';
import { WorkforceFileError } from './errors.ts';
import type { TCsvLayout } from './source.ts';

/** The `read_csv(...)` table function for `path`, its columns named as `layout` says. */
export function readCsvSql(path: string, layout: TCsvLayout): string {
  const columns = layout.names.map((name) => `${sqlString(name)}: 'VARCHAR'`).join(', ');
  return `read_csv(${sqlString(path)}, header = true, auto_detect = false, delim = ${sqlString(
    layout.delimiter,
  )}, quote = '"', escape = '"', encoding = ${sqlString(layout.encoding)}, columns = {${columns}})`;
}

/** The kind of fault in a DuckDB CSV error, in words; its "Original Line" is never repeated. */
function describeCsvFault(message: string): string {
  const line = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  const at = line ? ` on line ${line}` : '';
  const found = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (found) return `a row${at} has ${found[2]} fields where the header has ${found[1]}`;
  if (/unterminated quote/i.test(message)) return `a quote${at} is never closed`;
  if (/unicode|utf-?8|encoding/i.test(message)) return `it is not readable text${at}`;
  return `it is not well-formed CSV${at}`;
}

export function csvFileError(error: unknown, fileName: string, kind: TWorkforceFile) {
  const reason = describeCsvFault(String(error));
  return new WorkforceFileError(
    `${fileName} cannot be read as a ${kind} CSV file: ${reason}`,
    fileName,
  );
}

export { sqlName };
