import { DataTable, formatDay, formatValue, RagTag, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { useTRPC } from '../../lib/trpc.ts';

export function KpiListPage() {
  const trpc = useTRPC();
  const kpis = useQuery(trpc.kpi.list.queryOptions());
  return (
    <QueryState query={kpis} what="KPIs">
      {(rows) => {
        const mine = rows.filter((k) => k.canRecord);
        return (
          <>
            <title>{pageTitle('KPIs')}</title>
            <h1>KPIs</h1>
            <p>Each KPI's colour today, against its trajectory, target or band.</p>
            {mine.length > 0 ? (
              <p>You own {mine.length} of them and can record their values.</p>
            ) : null}
            <DataTable
              caption="All KPIs"
              rows={rows}
              rowKey={(k) => k.id}
              columns={[
                {
                  header: 'KPI',
                  rowHeader: true,
                  cell: (k) => (
                    <>
                      <Link to={`/kpis/${k.id}`}>{`${k.code}: ${k.title}`}</Link>
                      {k.canRecord ? <span className="nhsuk-body-s"> (yours)</span> : null}
                    </>
                  ),
                },
                { header: 'Ambition', cell: (k) => (k.ambition ? String(k.ambition.number) : '') },
                {
                  header: 'Colour',
                  cell: (k) => (
                    <>
                      <RagTag rag={k.assessment.rag} />
                      {k.assessment.stale ? (
                        <Tag colour="grey" className="bt-tag-gap">
                          Out of date
                        </Tag>
                      ) : null}
                    </>
                  ),
                },
                {
                  header: 'Latest value',
                  numeric: true,
                  cell: (k) => formatValue(k.assessment.actual, k.unit),
                },
                {
                  header: 'Period ending',
                  cell: (k) =>
                    k.assessment.periodEnd ? formatDay(k.assessment.periodEnd) : 'No data',
                },
              ]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
