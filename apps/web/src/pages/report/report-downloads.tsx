import { FileDownloads } from '@belonging/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC, errorMessage } from '@belonging/client';

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
  return (
    <section aria-labelledby="downloads-heading" className="bt-no-print">
      <h2 id="downloads-heading">Download or print</h2>
      <FileDownloads
        choices={FORMATS}
        fetchFile={(format) =>
          queryClient.fetchQuery({
            ...trpc.boardPaper.download.queryOptions({ periodId, format }),
            staleTime: 0,
          })
        }
        describeError={errorMessage}
        doneWords={(file) => `${file} downloaded.`}
        testId="download-outcome"
        extra={
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => window.print()}
          >
            Print this page
          </button>
        }
      />
    </section>
  );
}
