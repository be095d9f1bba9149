import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

export type TColumn<T> = {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
};

/** Whether the box is narrower than the table it holds, checked again whenever either resizes. */
export function useIsOverflowing(ref: RefObject<HTMLDivElement | null>): boolean {
  const [isOverflowing, setIsOverflowing] = useState(false);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const check = () => setIsOverflowing(box.scrollWidth > box.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [ref]);
  return isOverflowing;
}

/**
 * An NHS table with a caption; one column can be the row header for screen readers. When the
 * table is wider than the screen (a 320 px phone) its box scrolls, and then takes keyboard focus,
 * named by the caption, so it can be scrolled without a mouse (WCAG 2.1.1, axe
 * scrollable-region-focusable); a table that fits adds no tab stop.
 */
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
  const box = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const scrolls = useIsOverflowing(box);
  const region = scrolls
    ? ({ role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } as const)
    : {};
  return (
    <div className="nhsuk-table-container" ref={box} {...region}>
      <table className="nhsuk-table">
        <caption className={`nhsuk-table__caption ${captionClassName}`} id={captionId}>
          {caption}
        </caption>
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
