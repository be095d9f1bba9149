import { formatDateTime, formatDay } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { Cell, FiguresTable } from './figures-table.tsx';
import { useTRPC } from '@belonging/client';

function fileWords(name: string | null, rows: number | null, sha256: string | null): string {
  if (!name) return 'None';
  return `${name}: ${(rows ?? 0).toLocaleString('en-GB')} rows, SHA-256 ${sha256 ?? 'unknown'}`;
}

/** Earlier uploads with their provenance: who, when, which files (name, rows, SHA-256), saved or not. */
export function PastUploads({ selectedId }: { selectedId: string | null }) {
  const trpc = useTRPC();
  const uploads = useQuery(trpc.admin.workforce.list.queryOptions());
  if (uploads.isPending || uploads.isError) {
    return <QueryState error={uploads.error} what="past uploads" />;
  }
  if (uploads.data.length === 0) return <p>No workforce data has been uploaded yet.</p>;
  return (
    <FiguresTable
      caption="Past uploads, newest first"
      headers={[
        'Snapshot date',
        'Uploaded',
        'Staff file',
        'Recruitment file',
        'Threshold',
        'Saved to KPIs',
        'Figures',
      ]}
    >
      {uploads.data.map((u) => {
        const day = formatDay(u.asOf);
        return (
          <tr className="nhsuk-table__row" key={u.id}>
            <Cell header>{day}</Cell>
            <Cell>
              {formatDateTime(u.uploadedAt)} by {u.uploadedBy.name}
            </Cell>
            <Cell>
              <span className="bt-break">
                {fileWords(u.staffFileName, u.staffRows, u.staffSha256)}
              </span>
            </Cell>
            <Cell>
              <span className="bt-break">
                {fileWords(u.recruitmentFileName, u.recruitmentRows, u.recruitmentSha256)}
              </span>
            </Cell>
            <Cell>{u.threshold}</Cell>
            <Cell>
              {u.savedAt
                ? `Yes, ${formatDateTime(u.savedAt)} by ${u.savedBy?.name ?? 'someone'}`
                : 'Not yet'}
            </Cell>
            <Cell>
              {u.id === selectedId ? (
                'Shown below'
              ) : (
                <Link to={`/workforce?upload=${encodeURIComponent(u.id)}`}>
                  View the figures
                  <span className="nhsuk-u-visually-hidden">
                    {' '}
                    at {day} uploaded {formatDateTime(u.uploadedAt)}
                  </span>
                </Link>
              )}
            </Cell>
          </tr>
        );
      })}
    </FiguresTable>
  );
}
