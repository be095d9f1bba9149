import { ErrorSummary, PendingButton, saveEncodedFile, StatusMessage } from '@belonging/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { errorMessage } from '../../lib/trpc-errors.ts';

const FORMATS = [
  { format: 'csv', label: 'Download CSV', file: 'CSV' },
  { format: 'xlsx', label: 'Download Excel workbook', file: 'Excel workbook' },
  { format: 'pdf', label: 'Download PDF board paper', file: 'PDF board paper' },
  { format: 'docx', label: 'Download Word board paper', file: 'Word board paper' },
] as const;

/**
 * The same report as files: fetched on demand, decoded from base64 and saved through a link. The
 * buttons keep focus while a file is made; what is happening is said in a status message.
 */
export function ReportDownloads({ periodId }: { periodId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');

  const download = async ({ format, file }: (typeof FORMATS)[number]) => {
    setBusy(format);
    setProblem(null);
    setOutcome(`Preparing the ${file}…`);
    try {
      const encoded = await queryClient.fetchQuery({
        ...trpc.boardPaper.download.queryOptions({ periodId, format }),
        staleTime: 0,
      });
      saveEncodedFile(encoded);
      setOutcome(`${file} downloaded.`);
    } catch (error) {
      setOutcome('');
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="downloads-heading" className="bt-no-print">
      <h2 id="downloads-heading">Download or print</h2>
      {problem ? (
        <ErrorSummary errors={[]} description={problem} title="The file could not be made" />
      ) : null}
      <div className="bt-button-row">
        {FORMATS.map((choice) => (
          <PendingButton
            key={choice.format}
            className="nhsuk-button nhsuk-button--secondary"
            pending={busy !== null}
            onClick={() => void download(choice)}
          >
            {choice.label}
          </PendingButton>
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this page
        </button>
      </div>
      <StatusMessage message={outcome} testId="download-outcome" />
    </section>
  );
}
