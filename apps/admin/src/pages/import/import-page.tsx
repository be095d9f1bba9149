import { IMPORT_MAX_FILE_BYTES, describeFileSize, showNumber } from '@belonging/domain';
import { ErrorSummary, PendingButton, SuccessBanner, saveTextFile } from '@belonging/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { importReportCsv, importTemplateCsv } from '../../lib/import/report.ts';
import { plural } from '../../lib/plural.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ImportProblems } from './import-problems.tsx';
import { LockedPeriodsConfirm, UNTICKED_LOCKED_ERROR } from './locked-periods-confirm.tsx';
import { useImport } from './use-import.ts';
import { useReportErrorSummary } from '@belonging/client';

function refusalText(bad: number, total: number): string {
  return `${showNumber(bad)} of ${plural(total, 'row')} ${bad === 1 ? 'has a problem' : 'have problems'}, so nothing has been saved. Fix the rows listed below and upload the file again.`;
}

/** "All 3 rows are valid", but "The 1 row is valid". */
export function validHeading(count: number): string {
  return count === 1 ? 'The 1 row is valid' : `All ${plural(count, 'row')} are valid`;
}

const reportName = (fileName: string) => `import-report-${fileName.replace(/\.[^.]+$/, '')}.csv`;

/** Upload a CSV or Excel file of measurements; nothing is written unless every row is valid. */
export function ImportPage() {
  usePageTitle('Import measurements');
  const { state, check, commit, reset } = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [lockedTicked, setLockedTicked] = useState(false);
  const [untickedError, setUntickedError] = useState<string | null>(null);
  const validHeadingRef = useRef<HTMLHeadingElement>(null);
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'importing';
  const refusedFile = state.step === 'refused-file' ? state.problem : null;
  const error = fileError ?? refusedFile;
  const lockedPeriods =
    state.step === 'valid' || state.step === 'importing' ? state.lockedPeriods : [];
  const lockedError =
    untickedError ?? (state.step === 'valid' ? (state.lockedRefusal ?? null) : null);
  useReportErrorSummary(
    error !== null || lockedError !== null || state.step === 'invalid' || state.step === 'failed',
  );
  // Refusals focus their error summary; a file that passes takes focus to the heading that says so
  // (the success banner focuses itself), so keyboard users are never left on the page body.
  useEffect(() => {
    if (state.step === 'valid') validHeadingRef.current?.focus();
  }, [state.step]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const file = input.current?.files?.[0];
    if (!file) {
      setFileError('Choose a CSV or Excel file to import');
      return;
    }
    setFileError(null);
    setLockedTicked(false);
    setUntickedError(null);
    void check(file);
  }

  function importRows() {
    if (lockedPeriods.length > 0 && !lockedTicked) {
      setUntickedError(UNTICKED_LOCKED_ERROR);
      return;
    }
    setUntickedError(null);
    void commit(lockedPeriods.length > 0);
  }

  return (
    <>
      <h1>Import measurements</h1>
      <p>
        Upload a CSV or Excel (.xlsx) file of KPI values with the columns KPI code, Period end and
        Value, and optionally Group, Numerator, Denominator and Note. Every row is checked first;
        nothing is saved unless every row is valid.
      </p>
      <p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => saveTextFile('measurement-import-template.csv', importTemplateCsv())}
        >
          Download the template (CSV)
        </button>
      </p>

      {state.step === 'invalid' ? (
        <ErrorSummary
          title="The file was not imported"
          description={refusalText(
            new Set(state.problems.map((p) => p.line)).size,
            state.rows.length,
          )}
          errors={state.problems.slice(0, 10).map((p) => ({
            fieldId: 'import-problems',
            message: `Line ${showNumber(p.line)}: ${p.message}`,
          }))}
        />
      ) : (
        <ErrorSummary
          errors={[
            ...(error ? [{ fieldId: 'field-file', message: error }] : []),
            ...(lockedError
              ? [{ fieldId: 'field-confirmLockedPeriods', message: lockedError }]
              : []),
          ]}
        />
      )}
      {state.step === 'failed' ? (
        <ErrorSummary
          errors={[]}
          title="The import did not finish"
          description={`${state.message} Nothing has been saved. Try again.`}
        />
      ) : null}
      {state.step === 'imported' ? (
        <SuccessBanner id="import-done" focus>
          <p>
            {plural(state.count, 'measurement')} from {state.fileName}{' '}
            {state.count === 1 ? 'has' : 'have'} been imported.
          </p>
        </SuccessBanner>
      ) : null}

      <form onSubmit={submit} noValidate>
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="field-file">
            Upload a file
          </label>
          <div className="nhsuk-hint" id="field-file-hint">
            CSV or Excel (.xlsx) of up to {describeFileSize(IMPORT_MAX_FILE_BYTES)}, with the column
            headings in the first row
          </div>
          {error ? (
            <span className="nhsuk-error-message" id="field-file-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          ) : null}
          <input
            className="nhsuk-file-upload__input"
            id="field-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`field-file-hint${error ? ' field-file-error' : ''}`}
            ref={input}
            onChange={() => {
              setFileError(null);
              setLockedTicked(false);
              setUntickedError(null);
              if (state.step !== 'choose') reset();
            }}
          />
        </div>
        <PendingButton type="submit" pending={busy}>
          Check the file
        </PendingButton>
      </form>

      <div role="status">
        {state.step === 'reading' ? <p>Reading {state.fileName}…</p> : null}
        {state.step === 'checking' ? (
          <>
            <label className="nhsuk-label" htmlFor="import-progress">
              Checked {showNumber(state.checked)} of {plural(state.total, 'row')}
            </label>
            <progress
              id="import-progress"
              className="bt-progress"
              max={state.total}
              value={state.checked}
            />
          </>
        ) : null}
        {state.step === 'importing' ? (
          <p>Importing {plural(state.rows.length, 'measurement')}…</p>
        ) : null}
      </div>
      {state.step === 'valid' || state.step === 'importing' ? (
        <>
          <h2 tabIndex={-1} ref={validHeadingRef}>
            {validHeading(state.rows.length)}
          </h2>
          <p>
            Nothing has been saved yet. Importing adds {plural(state.newCount, 'new value')}
            {state.replaceCount > 0
              ? ` and replaces ${plural(state.replaceCount, 'value')} already recorded`
              : ''}
            .
          </p>
          {lockedPeriods.length > 0 ? (
            <LockedPeriodsConfirm
              periods={lockedPeriods}
              ticked={lockedTicked}
              error={lockedError ?? undefined}
              onChange={(ticked) => {
                setLockedTicked(ticked);
                if (ticked) setUntickedError(null);
              }}
            />
          ) : null}
          {/* Stays in place, and focusable, while the import runs; the banner then takes focus. */}
          <PendingButton pending={state.step === 'importing'} onClick={importRows}>
            Import {plural(state.rows.length, 'measurement')}
          </PendingButton>
        </>
      ) : null}

      {state.step === 'invalid' ? <ImportProblems problems={state.problems} /> : null}
      {state.step === 'invalid' || state.step === 'imported' || state.step === 'valid' ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            saveTextFile(
              reportName(state.fileName),
              importReportCsv(
                state.rows,
                state.step === 'invalid' ? state.problems : [],
                state.step === 'imported'
                  ? 'Imported'
                  : state.step === 'valid'
                    ? 'Valid, not yet imported'
                    : 'Valid, not imported',
              ),
            )
          }
        >
          Download the import report (CSV)
        </button>
      ) : null}
    </>
  );
}
