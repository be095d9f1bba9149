import { IMPORT_COLUMNS } from '../../lib/import/rows.ts';
import type { RowProblem } from '../../lib/import/report.ts';
import { TableContainer } from '../../components/table-container.tsx';

const HEADINGS = new Map<string, string>(IMPORT_COLUMNS.map((c) => [c.field, c.heading]));

/** Each refused row with its line number, the column at fault and the reason. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  const shown = problems.slice(0, 500);
  return (
    <TableContainer>
      <table className="nhsuk-table" id="import-problems">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">
          Rows with problems
          {problems.length > shown.length
            ? ` (first ${shown.length} of ${problems.length}: the report lists them all)`
            : ''}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th className="nhsuk-table__header" scope="col">
              Line
            </th>
            <th className="nhsuk-table__header" scope="col">
              Column
            </th>
            <th className="nhsuk-table__header" scope="col">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {shown.map((p) => (
            <tr className="nhsuk-table__row" key={`${p.line}-${p.field ?? ''}-${p.message}`}>
              <td className="nhsuk-table__cell">Line {p.line}</td>
              <td className="nhsuk-table__cell">
                {p.field ? (HEADINGS.get(p.field) ?? p.field) : 'Whole row'}
              </td>
              <td className="nhsuk-table__cell">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableContainer>
  );
}
