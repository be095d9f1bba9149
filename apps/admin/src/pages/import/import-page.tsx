import { ErrorSummary, NotificationBanner } from '@belonging/ui';
import { useRef, useState, type FormEvent } from 'react';
import { downloadText } from '../../lib/download.ts';
import { importReportCsv, importTemplateCsv } from '../../lib/import/report.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ImportProblems } from './import-problems.tsx';
import { useImport } from './use-import.ts';

function refusalText(bad: number, total: number): string {
  return `${bad} of ${total} ${total === 1 ? 'row' : 'rows'} ${bad === 1 ? 'has a problem' : 'have problems'}, so nothing has been saved. Fix the rows listed below and upload the file again.`;
}

const reportName = (fileName: string) => `import-report-${fileName.replace(/\.[^.]+$/, '')}.csv`;

/** Upload a CSV or Excel file of measurements; nothing is written unless every row is valid. */
export function ImportPage() {
  usePageTitle('Import measurements');
  const { state, check, commit, reset } = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setFileError('Choose a CSV or Excel file to import');
      return;
    }
    setFileError(null);
    void check(file);
  }

  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'importing';
  const refusedFile = state.step === 'refused-file' ? state.problem : null;
  const error = fileError ?? refusedFile;

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
          onClick={() => downloadText('measurement-import-template.csv', importTemplateCsv())}
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
          errors={state.problems
            .slice(0, 10)
            .map((p) => ({ fieldId: 'import-problems', message: `Line ${p.line}: ${p.message}` }))}
        />
      ) : (
        <ErrorSummary errors={error ? [{ fieldId: 'field-file', message: error }] : []} />
      )}
      {state.step === 'failed' ? (
        <ErrorSummary
          errors={[]}
          title="The import did not finish"
          description={`${state.message} Nothing has been saved. Try again.`}
        />
      ) : null}
      {state.step === 'imported' ? (
        <NotificationBanner title="Success" id="import-done" success>
          <p>
            {state.count.toLocaleString('en-GB')} measurements from {state.fileName} have been
            imported.
          </p>
        </NotificationBanner>
      ) : null}

      <form onSubmit={submit} noValidate>
        <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label nhsuk-label--s" htmlFor="field-file">
            Upload a file
          </label>
          <div className="nhsuk-hint" id="field-file-hint">
            CSV or Excel (.xlsx), with the column headings in the first row
          </div>
          {error ? (
            <span className="nhsuk-error-message" id="field-file-error">
              <span className="nhsuk-u-visually-hidden">Error:</span> {error}
            </span>
          ) : null}
          <input
            className="nhsuk-file-upload"
            id="field-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`field-file-hint${error ? ' field-file-error' : ''}`}
            ref={input}
            onChange={() => {
              setFileError(null);
              if (state.step !== 'choose') reset();
            }}
          />
        </div>
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Check the file
        </button>
      </form>

      <div aria-live="polite">
        {state.step === 'reading' ? <p>Reading {state.fileName}…</p> : null}
        {state.step === 'checking' ? (
          <>
            <label className="nhsuk-label" htmlFor="import-progress">
              Checked {state.checked.toLocaleString('en-GB')} of{' '}
              {state.total.toLocaleString('en-GB')} rows
            </label>
            <progress
              id="import-progress"
              className="bt-progress"
              max={state.total}
              value={state.checked}
            />
          </>
        ) : null}
        {state.step === 'valid' ? (
          <>
            <h2>All {state.rows.length.toLocaleString('en-GB')} rows are valid</h2>
            <p>
              Nothing has been saved yet. Importing adds {state.newCount.toLocaleString('en-GB')}{' '}
              new values
              {state.replaceCount > 0
                ? ` and replaces ${state.replaceCount.toLocaleString('en-GB')} values already recorded`
                : ''}
              .
            </p>
            <button className="nhsuk-button" type="button" onClick={() => void commit()}>
              Import {state.rows.length.toLocaleString('en-GB')} measurements
            </button>
          </>
        ) : null}
        {state.step === 'importing' ? (
          <p>Importing {state.rows.length.toLocaleString('en-GB')} measurements…</p>
        ) : null}
      </div>

      {state.step === 'invalid' ? <ImportProblems problems={state.problems} /> : null}
      {state.step === 'invalid' || state.step === 'imported' || state.step === 'valid' ? (
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() =>
            downloadText(
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
