import {
  DataTable,
  formatDay,
  formatValue,
  SIGNAL_WORDS,
  StatusMessage,
  type TColumn,
} from '@belonging/ui';
import { useRef, useState } from 'react';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { IntersectTable } from './intersect-table.tsx';
import { ValueChangePanel, type TSeriesRow, type TValueChange } from './value-change-panel.tsx';
import { whoAddsGroups } from './owner-words.ts';

type TRow = TSeriesRow & { signal: TKpiDetail['spcResult']['points'][number]['signal'] | null };

/** A row's buttons, each named for its period ("Correct the value for 31 March 2026"). */
function changeColumn(
  open: (change: TValueChange, button: HTMLButtonElement) => void,
): TColumn<TRow> {
  const button = (kind: TValueChange['kind'], row: TRow, text: string) => (
    <button
      type="button"
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0 nhsuk-u-margin-right-2"
      onClick={(event) => open({ kind, row }, event.currentTarget)}
    >
      {text}
      <span className="nhsuk-u-visually-hidden"> the value for {formatDay(row.periodEnd)}</span>
    </button>
  );
  return {
    header: 'Change',
    cell: (m) => (
      <>
        {button('correct', m, 'Correct')}
        {button('delete', m, 'Delete')}
      </>
    ),
  };
}

/** Every value of the series: the accessible alternative to both charts. */
export function SeriesTable({ kpi }: { kpi: TKpiDetail }) {
  const [change, setChange] = useState<TValueChange | null>(null);
  const [done, setDone] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);
  const rows: TRow[] = kpi.series.map((m, i) => ({
    ...m,
    signal: kpi.spcResult.points[i]?.signal ?? null,
  }));
  const hidden = kpi.hiddenPeriods.length;
  const open = (next: TValueChange, button: HTMLButtonElement) => {
    opener.current = button;
    setDone('');
    setChange(next);
  };
  return (
    <>
      <DataTable<TRow>
        caption="Data table: every value"
        rows={rows}
        rowKey={(m) => m.periodEnd.toISOString()}
        empty="No values recorded yet."
        columns={[
          { header: 'Period ending', rowHeader: true, cell: (m) => formatDay(m.periodEnd) },
          { header: 'Value', numeric: true, cell: (m) => formatValue(m.value, kpi.unit) },
          {
            header: 'People counted',
            numeric: true,
            cell: (m) =>
              m.numerator !== null && m.denominator !== null
                ? `${m.numerator} of ${m.denominator}`
                : 'Not recorded',
          },
          { header: 'SPC', cell: (m) => (m.signal ? SIGNAL_WORDS[m.signal] : 'Common cause') },
          { header: 'Note', cell: (m) => m.note ?? '' },
          ...(kpi.canCorrect ? [changeColumn(open)] : []),
        ]}
      />
      <StatusMessage message={done} testId="value-changed" />
      {change ? (
        <ValueChangePanel
          key={`${change.kind}-${change.row.id}`}
          kpi={kpi}
          change={change}
          onDone={(message) => {
            setChange(null);
            setDone(message);
          }}
          onCancel={() => {
            setChange(null);
            opener.current?.focus();
          }}
        />
      ) : null}
      {hidden ? (
        <p className="nhsuk-body-s" data-testid="hidden-periods">
          {hidden === 1 ? 'One value is' : `${hidden} values are`} hidden: built from too few people
          to show without identifying someone.
        </p>
      ) : null}
    </>
  );
}

type TCell = NonNullable<TKpiDetail['breakdown']>['cells'][number];

/** Values by group; a cell from too few people shows `*` and why, so no one can be identified. */
export function Breakdown({ kpi }: { kpi: TKpiDetail }) {
  const b = kpi.breakdown;
  return (
    <section aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">Breakdown by group</h2>
      <IntersectTable kpi={kpi} />
      {!b ? (
        <p data-testid="breakdown-empty">
          No values by group have been recorded for this KPI.{' '}
          {kpi.canRecord
            ? 'To add one, record a value below and fill in its Group field, for example BME.'
            : whoAddsGroups(kpi.owner)}
        </p>
      ) : (
        <>
          <DataTable<TCell>
            caption={`Period ending ${formatDay(b.periodEnd)}`}
            captionClassName="nhsuk-table__caption--s"
            rows={b.cells}
            rowKey={(c) => c.group}
            columns={[
              { header: 'Group', rowHeader: true, cell: (c) => c.group },
              {
                header: 'Value',
                numeric: true,
                cell: (c) =>
                  c.suppressed ? (
                    <span data-testid="suppressed">
                      <span aria-hidden="true">*</span>
                      <span className="nhsuk-u-visually-hidden">Hidden</span>
                    </span>
                  ) : (
                    formatValue(c.value, kpi.unit)
                  ),
              },
              {
                header: 'People counted',
                numeric: true,
                cell: (c) =>
                  c.suppressed
                    ? '*'
                    : c.denominator === null
                      ? 'Not recorded'
                      : String(c.denominator),
              },
              { header: 'Note', cell: (c) => (c.suppressed ? c.reason : '') },
            ]}
          />
          <p className="nhsuk-body-s">
            * Hidden: a group of fewer than {b.threshold} people, or a value that would reveal one,
            is not shown so that no one can be identified.
          </p>
        </>
      )}
    </section>
  );
}
