// Text a spreadsheet would run as a formula if a CSV held it as is (OWASP "CSV injection"), for
// the tests that feed it through every CSV the product writes and read the files back.

export const FORMULA_PROBES = [
  '=HYPERLINK("http://x","y")',
  '=1+1',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
] as const;

/** Numbers a file writes as numbers: they must read back as the same numbers, unquoted. */
export const NUMBER_PROBES = ['-1', '-0.5', '42', '1.45'] as const;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The cells of a parsed CSV a spreadsheet would run: = + - @, a tab or CR first, and not a number. */
export function liveFormulaCells(table: readonly (readonly string[])[]): string[] {
  return table.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell));
}

/** A probe as a safe writer shows it: with a leading apostrophe, so the spreadsheet shows text. */
export const inert = (probe: string) => `'${probe}`;
