import { showNumber } from '@belonging/domain';

/** One measurement row as read from the file: every cell is text; the API parses and checks it. */
export type ImportRow = {
  line: number;
  kpiCode: string;
  periodEnd: string;
  value: string;
  group?: string;
  numerator?: string;
  denominator?: string;
  note?: string;
};

export type ImportField = Exclude<keyof ImportRow, 'line'>;

/** The columns of the template, in order, with the heading people see. */
export const IMPORT_COLUMNS: { field: ImportField; heading: string; required: boolean }[] = [
  { field: 'kpiCode', heading: 'KPI code', required: true },
  { field: 'periodEnd', heading: 'Period end', required: true },
  { field: 'value', heading: 'Value', required: true },
  { field: 'group', heading: 'Group', required: false },
  { field: 'numerator', heading: 'Numerator', required: false },
  { field: 'denominator', heading: 'Denominator', required: false },
  { field: 'note', heading: 'Note', required: false },
];

// Headings are matched loosely ("KPI code", "kpi_code", "kpiCode" all work) so files exported from
// other systems need no renaming.
const ALIASES: Record<string, ImportField> = {
  kpicode: 'kpiCode',
  kpi: 'kpiCode',
  code: 'kpiCode',
  periodend: 'periodEnd',
  periodenddate: 'periodEnd',
  period: 'periodEnd',
  value: 'value',
  group: 'group',
  numerator: 'numerator',
  denominator: 'denominator',
  note: 'note',
  notes: 'note',
};

export type ParsedFile = { rows: ImportRow[]; problem: string | null };

/**
 * Turns a table of cells (first non-empty record is the heading row) into rows with their line
 * numbers as the person sees them in the file, skipping blank lines.
 */
export function rowsFromTable(
  table: readonly { line: number; cells: readonly string[] }[],
): ParsedFile {
  const records = table.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const header = records[0];
  if (!header)
    return {
      rows: [],
      problem: 'The file is empty. Add a heading row and at least one row of measurements.',
    };
  const columns = header.cells.map((h) => ALIASES[h.toLowerCase().replace(/[^a-z]/g, '')] ?? null);
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns.includes(c.field)).map(
    (c) => `"${c.heading}"`,
  );
  if (missing.length > 0) {
    return {
      rows: [],
      problem: `The file has no ${missing.join(', ')} column. The first row must hold the column headings: download the template to see them.`,
    };
  }
  const rows = records.slice(1).map(({ line, cells }) => {
    const row: ImportRow = { line, kpiCode: '', periodEnd: '', value: '' };
    columns.forEach((field, i) => {
      const cell = (cells[i] ?? '').trim();
      if (!field) return;
      if (field === 'kpiCode' || field === 'periodEnd' || field === 'value') row[field] = cell;
      else if (cell !== '') row[field] = cell;
    });
    return row;
  });
  if (rows.length === 0)
    return { rows, problem: 'The file has headings but no rows of measurements.' };
  return { rows, problem: null };
}

/** Lines that repeat an earlier row's KPI, period end and group: caught across the whole file. */
export function findDuplicateRows(rows: readonly ImportRow[]): { line: number; message: string }[] {
  const seen = new Map<string, number>();
  const out: { line: number; message: string }[] = [];
  for (const row of rows) {
    const key = [row.kpiCode.toUpperCase(), row.periodEnd, (row.group ?? '').toLowerCase()].join(
      '\u0000',
    );
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else
      out.push({
        line: row.line,
        message: `Duplicate of line ${showNumber(first)}: same KPI code, period end and group`,
      });
  }
  return out;
}
