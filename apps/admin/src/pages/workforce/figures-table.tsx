import { useId, type ReactNode } from 'react';

/**
 * A table of figures whose box scrolls sideways on a narrow screen. The box is focusable and named
 * by the caption, so keyboard users can scroll it and screen readers say what it holds.
 */
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
  const captionId = useId();
  return (
    <>
      <div className="nhsuk-table-container" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s" id={captionId}>
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
