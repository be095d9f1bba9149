import { formatAuditInstant, type TOutboxStatus } from '@belonging/domain';
import { Link } from 'react-router';
import { AdminTable } from '../../components/admin-table.tsx';

export type TEmailRow = {
  id: string;
  recipientName: string | null;
  toAddress: string;
  kindWords: string;
  subject: string;
  status: TOutboxStatus;
  statusWords: string;
  createdAt: Date;
  sentAt: Date | null;
  failedAt: Date | null;
  attempts: number;
  lastError: string | null;
};

/** When something last happened to a message: sent, failed, or written to the outbox. */
export function whenOf(row: Pick<TEmailRow, 'createdAt' | 'sentAt' | 'failedAt'>): string {
  if (row.sentAt) return `Sent ${formatAuditInstant(row.sentAt)}`;
  if (row.failedAt) return `Failed ${formatAuditInstant(row.failedAt)}`;
  return `Written ${formatAuditInstant(row.createdAt)}`;
}

/** The outbox, newest first: who, what, its status in words, and the reason when it failed. */
export function EmailsTable({ rows }: { rows: TEmailRow[] }) {
  return (
    <AdminTable
      caption="Emails, newest first"
      headers={['To', 'Email', 'Status', 'When', 'Attempts']}
    >
      {rows.map((row) => (
        <tr className="nhsuk-table__row" key={row.id}>
          <td className="nhsuk-table__cell bt-break">
            {row.recipientName ? (
              <>
                {row.recipientName}
                <br />
              </>
            ) : null}
            <span className="nhsuk-u-secondary-text-colour">{row.toAddress}</span>
          </td>
          <td className="nhsuk-table__cell bt-break">
            <Link to={`/emails/${row.id}`}>
              {row.subject}
              <span className="nhsuk-u-visually-hidden"> (view the email)</span>
            </Link>
            <br />
            <span className="nhsuk-u-secondary-text-colour">{row.kindWords}</span>
          </td>
          <td className="nhsuk-table__cell bt-break">
            <strong>{row.statusWords}</strong>
            {row.lastError ? (
              <>
                <br />
                <span className="nhsuk-u-secondary-text-colour">Reason: {row.lastError}</span>
              </>
            ) : null}
          </td>
          <td className="nhsuk-table__cell">{whenOf(row)}</td>
          <td className="nhsuk-table__cell">{row.attempts}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
