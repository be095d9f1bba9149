import { FileDownloads } from '@belonging/ui';
import type { TAuditExportInput } from '@belonging/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@belonging/client';

const FORMATS = [
  { format: 'csv', label: 'Download CSV', file: 'CSV file' },
  { format: 'xlsx', label: 'Download Excel workbook', file: 'Excel workbook' },
] as const;

type Filters = Omit<TAuditExportInput, 'format'>;

/** The trail as it is filtered now, as a CSV or Excel file made by the server. */
export function AuditDownloads({ filters }: { filters: Filters }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (
    <section aria-labelledby="audit-downloads-heading">
      <h2 id="audit-downloads-heading" className="nhsuk-heading-s">
        Download these changes
      </h2>
      <FileDownloads
        choices={FORMATS}
        fetchFile={(format) =>
          queryClient.fetchQuery({
            ...trpc.audit.export.queryOptions({ ...filters, format }),
            staleTime: 0,
          })
        }
        describeError={(error) => (error instanceof Error ? error.message : 'Try again.')}
        doneWords={(file) => `${file} of the filtered trail downloaded.`}
        testId="audit-download-outcome"
      />
    </section>
  );
}
