import { EDS_OUTCOME_TITLES, compareEdsScores } from '@belonging/domain';
import { AdminTable } from '../../components/admin-table.tsx';

type Scores = readonly { outcome: string; score: number }[];

const titleOf = (code: string) => EDS_OUTCOME_TITLES.find((o) => o.code === code)?.title ?? '';
const shown = (score: number | null) => (score === null ? 'Not scored' : String(score));

/** This year's outcome scores beside last year's, with the change in words, and the totals. */
export function EdsComparison({
  year,
  previousYear,
  now,
  last,
}: {
  year: string;
  previousYear: string;
  now: Scores;
  last: Scores;
}) {
  const heading = <h2 id="eds-comparison">Compared with {previousYear}</h2>;
  if (last.length === 0)
    return (
      <section aria-labelledby="eds-comparison">
        {heading}
        <p>There is no {previousYear} assessment to compare with.</p>
      </section>
    );
  if (now.length === 0)
    return (
      <section aria-labelledby="eds-comparison">
        {heading}
        <p>
          Save the {year} assessment to compare its scores with {previousYear}.
        </p>
      </section>
    );
  const compared = compareEdsScores(last, now);
  return (
    <section aria-labelledby="eds-comparison">
      {heading}
      <AdminTable
        caption={`EDS 2022 outcome scores, ${previousYear} and ${year}`}
        captionClassName="nhsuk-u-visually-hidden"
        headers={['Outcome', previousYear, year, 'Change']}
      >
        {[...compared.outcomes, compared.total].map((row) => (
          <tr className="nhsuk-table__row" key={row.outcome}>
            <th className="nhsuk-table__header" scope="row">
              {row.outcome === 'Total'
                ? 'Total (out of 33)'
                : `${row.outcome}: ${titleOf(row.outcome)}`}
            </th>
            <td className="nhsuk-table__cell">{shown(row.last)}</td>
            <td className="nhsuk-table__cell">{shown(row.now)}</td>
            <td className="nhsuk-table__cell">{row.change}</td>
          </tr>
        ))}
      </AdminTable>
    </section>
  );
}
