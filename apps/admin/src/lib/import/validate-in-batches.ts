import type { ImportRow } from './rows.ts';
import type { RowProblem } from './report.ts';

export const IMPORT_BATCH_SIZE = 1000;

/**
 * Sends the rows to the API's check a batch at a time, reporting progress after each, so a
 * 10,000-row file shows movement and no single request is too large.
 */
export async function validateInBatches(
  rows: readonly ImportRow[],
  validate: (batch: ImportRow[]) => Promise<RowProblem[]>,
  onProgress: (checked: number) => void,
  batchSize = IMPORT_BATCH_SIZE,
): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    problems.push(...(await validate(batch)));
    onProgress(Math.min(rows.length, start + batch.length));
  }
  return problems;
}

/** One message per line and reason, in line order. */
export function mergeProblems(...lists: readonly RowProblem[][]): RowProblem[] {
  const seen = new Set<string>();
  const out: RowProblem[] = [];
  for (const p of lists.flat()) {
    const key = `${p.line}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort((a, b) => a.line - b.line);
}
