import type { ReactNode } from 'react';

export type TColumn<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
};

/** An NHS table with a caption; one column can be the row header for screen readers. */
export function DataTable<T>({
  caption,
  captionClassName = 'nhsuk-table__caption--m',
  columns,
  rows,
  rowKey,
  empty = 'Nothing to show.',
}: {
  caption: ReactNode;
  captionClassName?: string;
  columns: TColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  empty?: ReactNode;
}) {
  return (
    <div className="nhsuk-table-container">
      <table className="nhsuk-table">
        <caption className={`nhsuk-table__caption ${captionClassName}`}>{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={`nhsuk-table__header${column.numeric ? ' nhsuk-table__header--numeric' : ''}`}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.length === 0 ? (
            <tr className="nhsuk-table__row">
              <td className="nhsuk-table__cell" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, rowIndex) => (
              <tr className="nhsuk-table__row" key={rowKey(row, rowIndex)}>
                {columns.map((column, index) => {
                  const className = `nhsuk-table__cell${column.numeric ? ' nhsuk-table__cell--numeric' : ''}`;
                  return column.rowHeader ? (
                    <th key={index} scope="row" className={className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} className={className}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
