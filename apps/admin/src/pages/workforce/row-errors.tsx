import type { TWorkforceRowError } from '@belonging/domain';
import { Cell, FiguresTable } from './figures-table.tsx';

const FILE_WORDS = { staff: 'Staff', recruitment: 'Recruitment' } as const;

/** Every refused row the server sent back, and how many more there were. */
export function RowErrors({
  errors,
  errorCount,
}: {
  errors: readonly TWorkforceRowError[];
  errorCount: number;
}) {
  const more = errorCount - errors.length;
  return (
    <div id="workforce-row-errors">
      <FiguresTable
        caption="Rows with problems"
        headers={['File', 'Line', 'Column', 'Value', 'Problem']}
      >
        {errors.map((e, index) => (
          <tr className="nhsuk-table__row" key={`${e.file}-${e.line}-${e.column}-${index}`}>
            <Cell>{FILE_WORDS[e.file]}</Cell>
            <Cell header>Line {e.line}</Cell>
            <Cell>{e.column}</Cell>
            <Cell>{e.value === '' ? '(blank or not shown)' : e.value}</Cell>
            <Cell>{e.message}</Cell>
          </tr>
        ))}
      </FiguresTable>
      {more > 0 ? (
        <p>
          and {more.toLocaleString('en-GB')} more {more === 1 ? 'row problem' : 'row problems'} not
          listed. Fix these, then upload the files again to see the rest.
        </p>
      ) : null}
    </div>
  );
}
