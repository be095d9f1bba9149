import { useState, type ReactNode } from 'react';
import { saveDownloadedFile, type TBlobFile, type TEncodedFile } from './download.ts';
import { ErrorSummary } from './error-summary.tsx';
import { PendingButton } from './pending-button.tsx';
import { StatusMessage } from './success-banner.tsx';

export type TDownloadChoice<F extends string> = { format: F; label: string; file: string };

/**
 * A row of buttons that each fetch a file made by the server (bytes from a download link, or
 * base64 from the API) and save it. The buttons keep focus
 * while a file is made; what is happening is said in a status message, and a failure in an error
 * summary. `extra` sits at the end of the row (a Print button, say).
 */
export function FileDownloads<F extends string>({
  choices,
  fetchFile,
  describeError,
  doneWords,
  testId,
  extra,
}: {
  choices: readonly TDownloadChoice<F>[];
  fetchFile: (format: F) => Promise<TEncodedFile | TBlobFile>;
  describeError: (error: unknown) => string;
  doneWords: (file: string) => string;
  testId: string;
  extra?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');

  const download = async ({ format, file }: TDownloadChoice<F>) => {
    setBusy(true);
    setProblem(null);
    setOutcome(`Preparing the ${file}…`);
    try {
      saveDownloadedFile(await fetchFile(format));
      setOutcome(doneWords(file));
    } catch (error) {
      setOutcome('');
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {problem ? (
        <ErrorSummary errors={[]} description={problem} title="The file could not be made" />
      ) : null}
      <div className="bt-button-row">
        {choices.map((choice) => (
          <PendingButton
            key={choice.format}
            className="nhsuk-button nhsuk-button--secondary"
            pending={busy}
            onClick={() => void download(choice)}
          >
            {choice.label}
          </PendingButton>
        ))}
        {extra}
      </div>
      <StatusMessage message={outcome} testId={testId} />
    </>
  );
}
