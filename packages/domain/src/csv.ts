// The one CSV writer for every CSV the product writes: board exports, the import report and
// template, the audit trail. RFC 4180 quoting, CRLF line ends, a BOM so Excel reads UTF-8, and
// text a spreadsheet would run as a formula made inert (OWASP "CSV injection").

/** One cell: text as given, a number we computed, or nothing. */
export type TCsvCell = string | number | null | undefined;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field. Text starting = + - @, a tab or a carriage return gets a leading apostrophe so a
 * spreadsheet shows it as text; numbers (and text that is exactly a number, such as "-0.5") are left
 * as they are.
 */
export function csvField(value: TCsvCell): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'number'
      ? String(value)
      : FORMULA_START.test(value) && !PLAIN_NUMBER.test(value)
        ? `'${value}`
        : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, each cell made safe by `csvField`, without its line end (for writers that stream). */
export function csvLine(cells: readonly TCsvCell[]): string {
  return cells.map(csvField).join(',');
}

/** A whole CSV file: the header row, then the rows, each cell made safe by `csvField`. */
export function toCsvText(
  header: readonly string[],
  rows: readonly (readonly TCsvCell[])[],
): string {
  const lines = [header, ...rows].map(csvLine);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
