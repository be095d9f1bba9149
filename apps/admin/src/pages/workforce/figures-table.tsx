import type { ReactNode } from 'react';
import { AdminTable } from '../../components/admin-table.tsx';

/** A table of figures: it scrolls sideways on a narrow screen, with a note under it. */
export function FiguresTable({
  caption,
  headers,
  children,
  note,
}: {
  caption: string;
  headers: readonly string[];
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <>
      <AdminTable
        caption={caption}
        captionClassName="nhsuk-table__caption--s"
        headers={headers}
        scrollable
      >
        {children}
      </AdminTable>
      {note ? <p className="nhsuk-body-s">{note}</p> : null}
    </>
  );
}

/**
 * One cell; a hidden figure carries `*`. Its row's "When published" column says why in words, so
 * the mark is only read out when `hiddenWords` is given.
 */
export function Cell({
  children,
  hidden = false,
  header = false,
  hiddenWords,
}: {
  children: ReactNode;
  hidden?: boolean;
  header?: boolean;
  hiddenWords?: string;
}) {
  const content = (
    <>
      {children}
      {hidden ? (
        <>
          <span aria-hidden="true">*</span>
          {hiddenWords ? <span className="nhsuk-u-visually-hidden"> ({hiddenWords})</span> : null}
        </>
      ) : null}
    </>
  );
  return header ? (
    <th className="nhsuk-table__header" scope="row">
      {content}
    </th>
  ) : (
    <td className="nhsuk-table__cell">{content}</td>
  );
}
