import { toCsvText } from '@belonging/domain';
import { IMPORT_COLUMNS, type ImportRow } from './rows.ts';

/** A refused row: its line in the file, the column at fault when known, and why. */
export type RowProblem = { line: number; field?: string; message: string };

/** The import report: every row as read, with its outcome and the reason when it was refused. */
export function importReportCsv(
  rows: readonly ImportRow[],
  problems: readonly RowProblem[],
  outcomeWhenValid: string,
): string {
  const byLine = new Map<number, string[]>();
  for (const p of problems) byLine.set(p.line, [...(byLine.get(p.line) ?? []), p.message]);
  const header = ['Line', ...IMPORT_COLUMNS.map((c) => c.heading), 'Outcome', 'Reason'];
  const body = rows.map((row) => {
    const reasons = byLine.get(row.line);
    return [
      String(row.line),
      ...IMPORT_COLUMNS.map((c) => row[c.field] ?? ''),
      reasons ? 'Refused' : outcomeWhenValid,
      reasons ? reasons.join('; ') : '',
    ];
  });
  return toCsvText(header, body);
}

/** The template people fill in: the headings and one example row. */
export function importTemplateCsv(): string {
  return toCsvText(
    IMPORT_COLUMNS.map((c) => c.heading),
    [
      ['WRES-2', '2025-03-31', '1.45', '', '', '', 'Example row: replace with your own data'],
      ['WRES-5', '2025-03-31', '24.1', 'BME', '', '', ''],
    ],
  );
}
