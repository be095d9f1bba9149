import { intersectGroupWords } from '@belonging/domain';
import { formatDay, formatValue } from '@belonging/ui';
import type { ReactNode } from 'react';
import { useId } from 'react';
import type { TKpiDetail } from '../../lib/api-types.ts';

type TRow = NonNullable<TKpiDetail['intersect']>['rows'][number];

/** A hidden cell: `*` to the eye, "Hidden" to a screen reader. */
function Hidden() {
  return (
    <span data-testid="intersect-suppressed">
      <span aria-hidden="true">*</span>
      <span className="nhsuk-u-visually-hidden">Hidden</span>
    </span>
  );
}

const fixed = (value: number, decimals: number) =>
  value.toLocaleString('en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

/** Hourly pay in pounds and pence. */
function formatPay(value: number | null): string {
  return value === null ? 'No data' : `£${fixed(value, 2)}`;
}

/** Every percentage of the table to one decimal place, so the column reads down evenly. */
function formatPercent(value: number | null): string {
  return value === null ? 'No data' : `${fixed(value, 1)}%`;
}

const COLUMNS: { header: string; cell: (r: TRow & { suppressed: false }) => string }[] = [
  { header: 'Headcount', cell: (r) => formatValue(r.headcount, 'number') },
  { header: '% of workforce', cell: (r) => formatPercent(r.percentOfWorkforce) },
  { header: '% at Band 8c and above', cell: (r) => formatPercent(r.percentSenior) },
  { header: 'Mean hourly pay', cell: (r) => formatPay(r.meanHourly) },
  { header: 'Median hourly pay', cell: (r) => formatPay(r.medianHourly) },
  {
    header: 'Mean pay gap against White non-disabled men',
    cell: (r) => formatPercent(r.meanGapVsReference),
  },
];

function cellOf(row: TRow, column: (typeof COLUMNS)[number]): ReactNode {
  return row.suppressed ? <Hidden /> : column.cell(row);
}

/**
 * The workforce engine's intersectional table for the latest saved year. The API has already
 * removed every value of a suppressed cell; the table scrolls sideways, so it takes focus.
 */
export function IntersectTable({ kpi }: { kpi: TKpiDetail }) {
  const captionId = useId();
  const table = kpi.intersect;
  if (!table) return null;
  return (
    <>
      <p className="nhsuk-body-s">
        From the workforce figures saved for the snapshot of {formatDay(table.asOf)}: ethnicity, sex
        and disability together, and each pair of them.
      </p>
      <div className="nhsuk-table-container" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="nhsuk-table" data-testid="intersect-table">
          <caption id={captionId} className="nhsuk-table__caption nhsuk-table__caption--s">
            Intersectional breakdown
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col" className="nhsuk-table__header">
                Group
              </th>
              {COLUMNS.map((c) => (
                <th
                  key={c.header}
                  scope="col"
                  className="nhsuk-table__header nhsuk-table__header--numeric"
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {table.rows.map((row) => {
              const group = intersectGroupWords(row);
              return (
                <tr key={group} className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__cell">
                    {group}
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c.header} className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {cellOf(row, c)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="nhsuk-body-s">
        * Groups of fewer than {table.threshold} people, and any value that would let one be worked
        out, are hidden so that no one can be identified.
      </p>
    </>
  );
}
