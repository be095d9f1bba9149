import { DataTable, formatDay, formatValue, SIGNAL_WORDS } from '@belonging/ui';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { IntersectTable } from './intersect-table.tsx';

/** Every value of the series: the accessible alternative to both charts. */
export function SeriesTable({ kpi }: { kpi: TKpiDetail }) {
  const rows = kpi.series.map((m, i) => ({
    ...m,
    signal: kpi.spcResult.points[i]?.signal ?? null,
  }));
  const hidden = kpi.hiddenPeriods.length;
  return (
    <>
      <DataTable
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
        ]}
      />
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
            : `${kpi.owner?.name ?? 'The KPI owner'}, the owner of this KPI, adds them by filling in the Group field when recording a value.`}
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
