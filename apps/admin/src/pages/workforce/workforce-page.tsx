import { ErrorSummary } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { PastUploads } from './past-uploads.tsx';
import { RowErrors } from './row-errors.tsx';
import { SaveToKpis } from './save-to-kpis.tsx';
import { UploadForm } from './upload-form.tsx';
import { useWorkforceUpload, type TUploadState } from './use-workforce-upload.ts';
import { WorkforceFigures } from './workforce-figures.tsx';
import { useTRPC, useReportErrorSummary } from '@belonging/client';

function UploadStatus({ state }: { state: TUploadState }) {
  return (
    <div role="status" aria-live="polite">
      {state.step === 'uploading' ? (
        <>
          <label className="nhsuk-label" htmlFor="workforce-progress">
            Uploading the files: {state.percent}% sent
          </label>
          <progress id="workforce-progress" className="bt-progress" max={100} value={state.percent}>
            {state.percent}%
          </progress>
        </>
      ) : null}
      {state.step === 'computing' ? <p>Computing the figures…</p> : null}
    </div>
  );
}

/** One upload's figures (from the answer just received, or from the API) and its save step. */
function UploadFigures({ id, fresh }: { id: string; fresh: TUploadState }) {
  const trpc = useTRPC();
  const known = fresh.step === 'done' && fresh.answer.upload.id === id ? fresh.answer.result : null;
  const detail = useQuery({ ...trpc.admin.workforce.byId.queryOptions({ id }), enabled: !known });
  const result = known ?? detail.data?.result ?? null;
  const heading = useRef(known);
  useEffect(() => {
    // Fresh figures take focus, so keyboard and screen-reader users start at the outcome.
    if (heading.current) document.getElementById('figures-title')?.focus();
  }, []);
  if (!result) return <QueryState error={detail.error} what="the figures" />;
  return (
    <>
      <WorkforceFigures result={result} />
      <SaveToKpis uploadId={id} />
    </>
  );
}

/**
 * The EDI team's workforce data: upload the ESR staff extract (and the recruitment extract), see
 * every WRES, WDES and pay gap figure, and save them to the KPIs. Rows are never kept.
 */
export function WorkforcePage() {
  usePageTitle('Workforce data');
  const { state, send, reset } = useWorkforceUpload();
  const [params, setParams] = useSearchParams();
  const selected = params.get('upload');
  const busy = state.step === 'uploading' || state.step === 'computing';
  useReportErrorSummary(state.step === 'refused' || state.step === 'failed');

  useEffect(() => {
    if (state.step === 'done') setParams({ upload: state.answer.upload.id }, { replace: true });
  }, [state, setParams]);

  const fieldError =
    state.step === 'failed' && state.field
      ? { fieldId: state.field, message: state.message }
      : null;

  return (
    <>
      <h1>Workforce data</h1>
      <p>
        Upload the year&apos;s staff extract from ESR, and the recruitment extract if you have it,
        to compute the WRES, WDES, gender, ethnicity and disability pay gap figures and the
        intersectional breakdown. Only these figures are kept, with who uploaded which files: no row
        and no staff or applicant id is stored, and the files are deleted as soon as the figures are
        worked out.
      </p>
      {state.step === 'refused' ? (
        <ErrorSummary
          title="The files were not accepted"
          description={state.message}
          errors={state.errors.slice(0, 10).map((e) => ({
            fieldId: 'workforce-row-errors',
            message: `${e.file === 'staff' ? 'Staff' : 'Recruitment'} file line ${e.line}, column ${e.column}: ${e.message}`,
          }))}
        />
      ) : null}
      {state.step === 'failed' && !state.field ? (
        <ErrorSummary errors={[]} title="The files were not uploaded" description={state.message} />
      ) : null}
      <UploadForm
        busy={busy}
        serverError={fieldError}
        onSend={send}
        onChange={() => {
          if (state.step === 'refused' || state.step === 'failed') reset();
        }}
      />
      <UploadStatus state={state} />
      {state.step === 'refused' ? (
        <RowErrors errors={state.errors} errorCount={state.errorCount} />
      ) : null}
      {selected && !busy ? <UploadFigures key={selected} id={selected} fresh={state} /> : null}
      <h2>Past uploads</h2>
      <PastUploads selectedId={selected} />
    </>
  );
}
