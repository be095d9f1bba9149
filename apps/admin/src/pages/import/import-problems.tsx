import { showNumber } from '@belonging/domain';
import { IMPORT_COLUMNS } from '../../lib/import/rows.ts';
import type { RowProblem } from '../../lib/import/report.ts';
import { AdminTable } from '../../components/admin-table.tsx';

const HEADINGS = new Map<string, string>(IMPORT_COLUMNS.map((c) => [c.field, c.heading]));

/** Each refused row with its line number, the column at fault and the reason. */
export function ImportProblems({ problems }: { problems: readonly RowProblem[] }) {
  const shown = problems.slice(0, 500);
  return (
    <AdminTable
      id="import-problems"
      caption={
        problems.length > shown.length
          ? `Rows with problems (first ${showNumber(shown.length)} of ${showNumber(problems.length)}: the report lists them all)`
          : 'Rows with problems'
      }
      headers={['Line', 'Column', 'Problem']}
    >
      {shown.map((p) => (
        <tr className="nhsuk-table__row" key={`${p.line}-${p.field ?? ''}-${p.message}`}>
          <td className="nhsuk-table__cell">Line {showNumber(p.line)}</td>
          <td className="nhsuk-table__cell">
            {p.field ? (HEADINGS.get(p.field) ?? p.field) : 'Whole row'}
          </td>
          <td className="nhsuk-table__cell">{p.message}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
