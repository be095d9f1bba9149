import { RAGS, type TBoardReport } from '@belonging/domain';
import { DataTable, MovementText, RagTag } from '@belonging/ui';
import { Link } from 'react-router';

type TRow = TBoardReport['summary'][number];
type TCommitmentRow = TRow['commitments'][number];

const COUNT_HEADERS = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  blue: 'Blue',
  grey: 'Not rated',
} as const;

function countColumns<T extends { counts: TRow['counts'] }>() {
  return RAGS.map((rag) => ({
    header: COUNT_HEADERS[rag],
    numeric: true,
    cell: (row: T) => String(row.counts[rag]),
  }));
}

/** Counts per colour, roll-up colour and movement for each ambition, then its commitments. */
export function ReportSummary({ report }: { report: TBoardReport }) {
  return (
    <section aria-labelledby="summary-heading" data-testid="report-summary">
      <h2 id="summary-heading">Summary by ambition</h2>
      <p>
        Overall: <RagTag rag={report.overall.rag} /> from{' '}
        {RAGS.map((r) => `${report.overall.counts[r]} ${COUNT_HEADERS[r].toLowerCase()}`).join(
          ', ',
        )}
        .
      </p>
      <DataTable<TRow>
        caption={
          <span className="nhsuk-u-visually-hidden">
            Ambitions: colour, counts per colour and movement
          </span>
        }
        captionClassName=""
        rows={report.summary}
        rowKey={(row) => row.id}
        columns={[
          {
            header: 'Ambition',
            rowHeader: true,
            cell: (row) => (
              <Link
                to={`/strategy?ambition=${row.id}#ambition-${row.id}`}
              >{`${row.number}. ${row.title}`}</Link>
            ),
          },
          { header: 'Colour', cell: (row) => <RagTag rag={row.rag} /> },
          ...countColumns<TRow>(),
          { header: 'Since last period', cell: (row) => <MovementText movement={row.movement} /> },
        ]}
      />
      {report.summary.map((ambition) => (
        <DataTable<TCommitmentRow>
          key={ambition.id}
          caption={`Ambition ${ambition.number}: commitments`}
          captionClassName="nhsuk-table__caption--s"
          rows={ambition.commitments}
          rowKey={(row) => row.id}
          empty="No commitments."
          columns={[
            {
              header: 'Commitment',
              rowHeader: true,
              cell: (row) => (
                <Link
                  to={`/strategy?commitment=${row.id}#commitment-${row.id}`}
                >{`${row.label}: ${row.title}`}</Link>
              ),
            },
            { header: 'Colour', cell: (row) => <RagTag rag={row.rag} /> },
            ...countColumns<TCommitmentRow>(),
            {
              header: 'Since last period',
              cell: (row) => <MovementText movement={row.movement} />,
            },
          ]}
        />
      ))}
    </section>
  );
}
