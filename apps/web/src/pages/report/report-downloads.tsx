import { FileDownloads } from '@belonging/ui';
import { downloadErrorMessage, fetchDownload } from '@belonging/client';

const FORMATS = [
  { format: 'csv', label: 'Download CSV', file: 'CSV' },
  { format: 'xlsx', label: 'Download Excel workbook', file: 'Excel workbook' },
  { format: 'pdf', label: 'Download PDF board paper', file: 'PDF board paper' },
  { format: 'docx', label: 'Download Word board paper', file: 'Word board paper' },
] as const;

/** The server's download link for the period's report in one format. */
export function reportDownloadUrl(periodId: string, format: string): string {
  return `/api/board-paper/${encodeURIComponent(periodId)}?format=${format}`;
}

/**
 * The same report as files: fetched on demand from the server's download link and saved. The
 * buttons keep focus while a file is made; what is happening ("Preparing…") is said in a status
 * message, and a refusal in the server's words.
 */
export function ReportDownloads({ periodId }: { periodId: string }) {
  return (
    <section aria-labelledby="downloads-heading" className="bt-no-print">
      <h2 id="downloads-heading">Download or print</h2>
      <FileDownloads
        choices={FORMATS}
        fetchFile={(format) =>
          fetchDownload(reportDownloadUrl(periodId, format), `board-report.${format}`)
        }
        describeError={downloadErrorMessage}
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
