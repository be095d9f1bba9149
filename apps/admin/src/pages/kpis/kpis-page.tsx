import { RagTag, SuccessBanner } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AdminTable } from '../../components/admin-table.tsx';
import { useTRPC } from '@belonging/client';

/** Every live KPI with its colour today; each opens its settings. */
export function KpisPage() {
  usePageTitle('KPIs');
  const trpc = useTRPC();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const kpis = useQuery(trpc.kpi.list.queryOptions());
  return (
    <>
      <h1>KPIs</h1>
      {done ? (
        <SuccessBanner id="kpi-done">
          <p>{done}</p>
        </SuccessBanner>
      ) : null}
      <p>
        Targets, trajectories and tolerances decide each KPI’s colour; SPC settings decide how its
        chart is read.
      </p>
      <p>
        <Link className="nhsuk-button" to="/kpis/new">
          Add a KPI
        </Link>
      </p>
      <p>
        To archive a KPI, open it. <Link to="/strategy/archived">Archived KPIs</Link> can be
        restored.
      </p>
      {kpis.isPending || kpis.isError ? (
        <QueryState error={kpis.error} what="KPIs" />
      ) : kpis.data.length === 0 ? (
        <p>
          There are no KPIs yet. Add one from the NHS indicator library to start measuring progress.
        </p>
      ) : (
        <AdminTable caption="Live KPIs" headers={['KPI', 'Sits under', 'Owner', 'Colour now']}>
          {kpis.data.map((k) => (
            <tr className="nhsuk-table__row" key={k.id}>
              <td className="nhsuk-table__cell">
                <Link to={`/kpis/${k.id}`}>
                  {k.code} {k.title}
                </Link>
              </td>
              <td className="nhsuk-table__cell">
                {k.commitment
                  ? `Commitment ${k.commitment.code}`
                  : k.ambition
                    ? `Ambition ${k.ambition.number}`
                    : 'Not placed'}
              </td>
              <td className="nhsuk-table__cell">{k.owner?.name ?? 'No owner'}</td>
              <td className="nhsuk-table__cell">
                <RagTag rag={k.assessment.rag} />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </>
  );
}
