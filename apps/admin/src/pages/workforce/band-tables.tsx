import type { TWdesBandRow, TWorkforceResult, TWresBandRow } from '@belonging/domain';
import { Cell, FiguresTable } from './figures-table.tsx';
import { STAFF_GROUP_LABELS } from '@belonging/domain';
import { formatCount, formatPercent } from './figures-format.ts';

export function publishedWords(suppressed: boolean, threshold: number): string {
  return suppressed ? `Hidden: fewer than ${threshold} people` : 'Shown';
}

const HIDDEN_NOTE = (threshold: number) =>
  `* Hidden when published: built from fewer than ${threshold} people. Shown here for the EDI team only.`;

type Row = TWresBandRow | TWdesBandRow;

function BandRows<T extends Row>({
  rows,
  threshold,
  counts,
}: {
  rows: readonly T[];
  threshold: number;
  counts: (row: T) => number[];
}) {
  return rows.map((row) => (
    <tr className="nhsuk-table__row" key={`${row.staffGroup}-${row.band}`}>
      <Cell header>{STAFF_GROUP_LABELS[row.staffGroup]}</Cell>
      <Cell>{row.band}</Cell>
      {counts(row).map((count, index) => (
        <Cell key={index} hidden={row.suppressed}>
          {formatCount(count)}
        </Cell>
      ))}
      <Cell hidden={row.suppressed}>{formatPercent(row.percent)}</Cell>
      <Cell>{publishedWords(row.suppressed, threshold)}</Cell>
    </tr>
  ));
}

/** WRES indicator 1 and WDES metric 1: headcount by staff group and band. */
export function BandTables({ result }: { result: TWorkforceResult }) {
  const { measures, threshold } = result;
  const declaration = measures['WDES-1-declaration'];
  return (
    <>
      <h3>WRES 1: ethnicity by staff group and band</h3>
      <FiguresTable
        caption="WRES 1: White, BME and unknown staff by staff group and band"
        headers={['Staff group', 'Band', 'White', 'BME', 'Unknown', 'BME %', 'When published']}
        note={HIDDEN_NOTE(threshold)}
      >
        <BandRows
          rows={measures['WRES-1']}
          threshold={threshold}
          counts={(r) => [r.white, r.bme, r.unknown]}
        />
      </FiguresTable>
      <h3>WDES 1: disability by staff group and band</h3>
      <p>
        Declaration rate (staff whose disability status is known):{' '}
        <strong>{formatPercent(declaration === null ? null : declaration * 100)}</strong>
      </p>
      <FiguresTable
        caption="WDES 1: Disabled, non-disabled and unknown staff by staff group and band"
        headers={[
          'Staff group',
          'Band',
          'Disabled',
          'Non-disabled',
          'Unknown',
          'Disabled %',
          'When published',
        ]}
        note={HIDDEN_NOTE(threshold)}
      >
        <BandRows
          rows={measures['WDES-1']}
          threshold={threshold}
          counts={(r) => [r.disabled, r.nonDisabled, r.unknown]}
        />
      </FiguresTable>
    </>
  );
}
