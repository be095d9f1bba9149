import { DataTable, formatDay, formatValue, RagTag, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { matchesKpiFilter, parseKpiFilter } from '@belonging/domain';
import { Link, useSearchParams } from 'react-router';
import { FilterCount, FilterForm, NoMatches } from '../../components/filter-form.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { KPI_FILTER_FIELDS, KPI_NOUN } from './kpi-filters.ts';
import { useTRPC } from '@belonging/client';

export function KpiListPage() {
  const trpc = useTRPC();
  const kpis = useQuery(trpc.kpi.list.queryOptions());
  const [params] = useSearchParams();
  const filter = parseKpiFilter(params);
  return (
    <QueryState query={kpis} what="KPIs">
      {(all) => {
        const mine = all.filter((k) => k.canRecord);
        const rows = all.filter((k) => matchesKpiFilter({ ...k, rag: k.assessment.rag }, filter));
        return (
          <>
            <title>{pageTitle('KPIs')}</title>
            <h1>KPIs</h1>
            <p>Each KPI's colour today, against its trajectory, target or band.</p>
            {mine.length > 0 ? (
              <p>You own {mine.length} of them and can record their values.</p>
            ) : null}
            <FilterForm label="Filter KPIs" fields={KPI_FILTER_FIELDS} values={filter} />
            <FilterCount shown={rows.length} total={all.length} noun={KPI_NOUN} />
            {rows.length === 0 && all.length > 0 ? (
              <NoMatches total={all.length} noun={KPI_NOUN} />
            ) : null}
            <DataTable
              caption={rows.length === all.length ? 'All KPIs' : 'KPIs matching the filters'}
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
