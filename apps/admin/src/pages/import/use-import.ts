import { IMPORT_MAX_ROWS, showNumber, type TLockedPeriodRows } from '@belonging/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { readImportFile } from '../../lib/import/read-file.ts';
import type { RowProblem } from '../../lib/import/report.ts';
import { findDuplicateRows, type ImportRow } from '../../lib/import/rows.ts';
import { mergeProblems, validateInBatches } from '../../lib/import/validate-in-batches.ts';
import { errorDetails, useTRPC, useTRPCClient } from '@belonging/client';

export type ImportState =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | { step: 'refused-file'; fileName: string; problem: string }
  | { step: 'checking'; fileName: string; total: number; checked: number }
  | { step: 'invalid'; fileName: string; rows: ImportRow[]; problems: RowProblem[] }
  | ({ step: 'valid' } & CheckedFile)
  | ({ step: 'importing' } & CheckedFile)
  | { step: 'imported'; fileName: string; rows: ImportRow[]; count: number }
  | { step: 'failed'; fileName: string; rows: ImportRow[]; message: string };

/** A file whose every row is valid: what importing it would do, and the locked quarters it reaches. */
export type CheckedFile = {
  fileName: string;
  rows: ImportRow[];
  newCount: number;
  replaceCount: number;
  lockedPeriods: TLockedPeriodRows[];
  /** Why the last commit was refused for a locked quarter (one locked since the check, say). */
  lockedRefusal?: string;
};

type ServerProblem = { line: number; field?: string; reason: string };

/** The locked quarters of every batch as one list: rows added up, the first line kept. */
export function mergeLockedPeriods(lists: readonly TLockedPeriodRows[][]): TLockedPeriodRows[] {
  const byLabel = new Map<string, TLockedPeriodRows>();
  for (const p of lists.flat()) {
    const seen = byLabel.get(p.label);
    byLabel.set(
      p.label,
      seen
        ? {
            label: p.label,
            rowCount: seen.rowCount + p.rowCount,
            firstLine: Math.min(seen.firstLine, p.firstLine),
          }
        : { ...p },
    );
  }
  return [...byLabel.values()].sort((a, b) => a.firstLine - b.firstLine);
}

function toRowProblems(problems: readonly ServerProblem[]): RowProblem[] {
  return problems.map((p) => ({ line: p.line, field: p.field, message: p.reason }));
}

/** Problems the API sent back with a refused commit (another edit may have landed since the check). */
function detailsOf(error: unknown) {
  type Details = { problems?: ServerProblem[]; lockedPeriods?: TLockedPeriodRows[] };
  return errorDetails(error) as Details | null;
}

/**
 * The import, step by step: read the file in the browser, check every row with the API a batch at
 * a time, and write them all in one go only when none has a problem.
 */
export function useImport() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [state, setState] = useState<ImportState>({ step: 'choose' });

  async function check(file: File) {
    const fileName = file.name;
    setState({ step: 'reading', fileName });
    const parsed = await readImportFile(file);
    if (parsed.problem)
      return setState({ step: 'refused-file', fileName, problem: parsed.problem });
    if (parsed.rows.length > IMPORT_MAX_ROWS) {
      const problem = `The file has ${showNumber(parsed.rows.length)} rows: import ${showNumber(IMPORT_MAX_ROWS)} or fewer at a time by splitting it.`;
      return setState({ step: 'refused-file', fileName, problem });
    }
    const { rows } = parsed;
    setState({ step: 'checking', fileName, total: rows.length, checked: 0 });
    try {
      let newCount = 0;
      let replaceCount = 0;
      const locked: TLockedPeriodRows[][] = [];
      const fromServer = await validateInBatches(
        rows,
        async (batch) => {
          const result = await client.admin.import.validate.mutate({ rows: batch });
          newCount += result.newCount;
          replaceCount += result.replaceCount;
          locked.push(result.lockedPeriods);
          return toRowProblems(result.problems);
        },
        (checked) => setState({ step: 'checking', fileName, total: rows.length, checked }),
      );
      // The API checks repeats within a batch; repeats across batches are caught here.
      const flagged = new Set(
        fromServer.filter((p) => p.message.startsWith('Duplicate')).map((p) => p.line),
      );
      const acrossBatches = findDuplicateRows(rows)
        .filter((d) => !flagged.has(d.line))
        .map((d) => ({ ...d, field: 'periodEnd' }));
      const problems = mergeProblems(fromServer, acrossBatches);
      setState(
        problems.length > 0
          ? { step: 'invalid', fileName, rows, problems }
          : {
              step: 'valid',
              fileName,
              rows,
              newCount,
              replaceCount,
              lockedPeriods: mergeLockedPeriods(locked),
            },
      );
    } catch (error) {
      setState({
        step: 'failed',
        fileName,
        rows,
        message: error instanceof Error ? error.message : 'The check failed.',
      });
    }
  }

  /** Imports the checked file; `confirmLockedPeriods` is the person's tick for locked quarters. */
  async function commit(confirmLockedPeriods: boolean) {
    if (state.step !== 'valid') return;
    const { fileName, rows } = state;
    setState({ ...state, step: 'importing', lockedRefusal: undefined });
    try {
      const result = await client.admin.import.commit.mutate({ rows, confirmLockedPeriods });
      setState({ step: 'imported', fileName, rows, count: result.rowCount });
      await queryClient.invalidateQueries(trpc.kpi.pathFilter());
    } catch (error) {
      const details = detailsOf(error);
      const problems = toRowProblems(details?.problems ?? []);
      if (problems.length > 0) return setState({ step: 'invalid', fileName, rows, problems });
      if (details?.lockedPeriods && error instanceof Error) {
        return setState({
          ...state,
          step: 'valid',
          lockedPeriods: details.lockedPeriods,
          lockedRefusal: error.message,
        });
      }
      setState({
        step: 'failed',
        fileName,
        rows,
        message: error instanceof Error ? error.message : 'The import failed.',
      });
    }
  }

  return { state, check, commit, reset: () => setState({ step: 'choose' }) };
}
