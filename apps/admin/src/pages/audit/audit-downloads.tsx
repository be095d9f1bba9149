import { ErrorSummary, PendingButton, saveEncodedFile, StatusMessage } from '@belonging/ui';
import type { TAuditExportInput } from '@belonging/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';

const FORMATS = [
  { format: 'csv', label: 'Download CSV', file: 'CSV file' },
  { format: 'xlsx', label: 'Download Excel workbook', file: 'Excel workbook' },
] as const;

type Filters = Omit<TAuditExportInput, 'format'>;

/** The trail as it is filtered now, as a CSV or Excel file made by the server. */
export function AuditDownloads({ filters }: { filters: Filters }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState('');

  const download = async ({ format, file }: (typeof FORMATS)[number]) => {
    setBusy(true);
    setProblem(null);
    setOutcome(`Preparing the ${file}…`);
    try {
      const encoded = await queryClient.fetchQuery({
        ...trpc.audit.export.queryOptions({ ...filters, format }),
        staleTime: 0,
      });
      saveEncodedFile(encoded);
      setOutcome(`${file} of the filtered trail downloaded.`);
    } catch (error) {
      setOutcome('');
      setProblem(error instanceof Error ? error.message : 'Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="audit-downloads-heading">
      <h2 id="audit-downloads-heading" className="nhsuk-heading-s">
        Download these changes
      </h2>
      {problem ? (
        <ErrorSummary errors={[]} description={problem} title="The file could not be made" />
      ) : null}
      <div className="bt-button-row">
        {FORMATS.map((choice) => (
          <PendingButton
            key={choice.format}
            className="nhsuk-button nhsuk-button--secondary"
            pending={busy}
            onClick={() => void download(choice)}
          >
            {choice.label}
          </PendingButton>
        ))}
      </div>
      <StatusMessage message={outcome} testId="audit-download-outcome" />
    </section>
  );
}
