import { useIsOverflowing } from '@belonging/ui';
import { useId, useRef, type ReactNode } from 'react';

/**
 * The NHS table frame every admin list shares: caption, column headers and the scrolling box, so a
 * wide table scrolls on its own at 320px rather than the whole page. Rows stay with their page.
 * A `scrollable` table's box is focusable and named by its caption, so keyboard users can scroll it;
 * so is any table's box while it is narrower than its table (a 320 px screen).
 */
export function AdminTable({
  caption,
  captionClassName = 'nhsuk-table__caption--m',
  headers,
  id,
  scrollable = false,
  children,
}: {
  caption: ReactNode;
  /** `nhsuk-u-visually-hidden` when a heading above already shows the table's name. */
  captionClassName?: string;
  headers: readonly ReactNode[];
  id?: string;
  /** For tables wider than a phone (many figures): the box takes focus to scroll by keyboard. */
  scrollable?: boolean;
  children: ReactNode;
}) {
  const captionId = useId();
  const box = useRef<HTMLDivElement>(null);
  const region =
    useIsOverflowing(box) || scrollable
      ? ({ role: 'region', 'aria-labelledby': captionId, tabIndex: 0 } as const)
      : {};
  return (
    <div className="nhsuk-table-container" ref={box} {...region}>
      <table className="nhsuk-table" id={id}>
        <caption className={`nhsuk-table__caption ${captionClassName}`} id={captionId}>
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            {headers.map((header, index) => (
              <th className="nhsuk-table__header" scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">{children}</tbody>
      </table>
    </div>
  );
}
