import { formatDateTime } from '@belonging/ui';
import { AdminTable } from '../../components/admin-table.tsx';

type TPublicationRow = {
  id: string;
  periodLabel: string | null;
  publishedAt: Date | string;
  publishedBy: { name: string };
  unpublishedAt: Date | string | null;
  unpublishedBy: { name: string } | null;
};

/** Every page the trust has published, newest first: who published it and who took it down. */
export function PublicationHistory({ history }: { history: readonly TPublicationRow[] }) {
  if (history.length === 0) return null;
  return (
    <AdminTable
      caption="Pages published, newest first"
      headers={['Period covered', 'Published', 'Taken down']}
    >
      {history.map((p) => (
        <tr className="nhsuk-table__row" key={p.id}>
          <th className="nhsuk-table__header" scope="row">
            {p.periodLabel ?? 'A period no longer listed'}
          </th>
          <td className="nhsuk-table__cell">
            {formatDateTime(p.publishedAt)} by {p.publishedBy.name}
          </td>
          <td className="nhsuk-table__cell">
            {p.unpublishedAt
              ? `${formatDateTime(p.unpublishedAt)}${p.unpublishedBy ? ` by ${p.unpublishedBy.name}` : ''}`
              : 'Published now'}
          </td>
        </tr>
      ))}
    </AdminTable>
  );
}
