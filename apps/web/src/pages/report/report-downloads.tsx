import { ErrorSummary, saveEncodedFile } from '@belonging/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { errorMessage } from '../../lib/trpc-errors.ts';

const FORMATS = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'xlsx', label: 'Download Excel workbook' },
  { format: 'pdf', label: 'Download PDF board paper' },
] as const;

/** The same report as files: fetched on demand, decoded from base64 and saved through a link. */
export function ReportDownloads({ periodId }: { periodId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (format: (typeof FORMATS)[number]['format']) => {
    setBusy(format);
    setProblem(null);
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.boardPaper.download.queryOptions({ periodId, format }),
        staleTime: 0,
      });
      saveEncodedFile(file);
    } catch (error) {
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
        {FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={busy !== null}
            onClick={() => void download(format)}
          >
            {busy === format ? 'Preparing…' : label}
          </button>
        ))}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => window.print()}
        >
          Print this page
        </button>
      </div>
    </section>
  );
}
