import { SuccessBanner, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { SmallButton, SmallLink } from '../../components/buttons.tsx';
import { AdminTable } from '../../components/admin-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDay } from '../../lib/dates.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ChaseList, periodToChase } from './chase-list.tsx';
import { EditPeriodForm, NewPeriodForm } from './period-form.tsx';

/** Reporting periods: their windows and board dates, who still has to update, and locking. */
export function PeriodsPage() {
  usePageTitle('Reporting periods');
  const trpc = useTRPC();
  const location = useLocation();
  const locked = (location.state as { locked?: string } | null)?.locked;
  const periods = useQuery(trpc.admin.period.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const editingPeriod = periods.data?.find((p) => p.id === editing);
  const chasing = periodToChase(periods.data ?? []);

  return (
    <>
      <h1>Reporting periods</h1>
      {locked ? (
        <SuccessBanner id="period-locked">
          <p>
            {locked} is locked. The board snapshot is frozen and the board report shows it as a
            locked snapshot.
          </p>
        </SuccessBanner>
      ) : null}
      {saved ? (
        <SuccessBanner id="period-saved">
          <p>{saved} is saved.</p>
        </SuccessBanner>
      ) : null}
      <p>
        Each quarter, owners update their actions inside the update window. Lock a period once the
        board has its report.
      </p>
      {periods.isPending || periods.isError ? (
        <QueryState error={periods.error} what="reporting periods" />
      ) : periods.data.length === 0 ? (
        <p>No reporting periods yet. Open the first one with the form below.</p>
      ) : (
        <>
          <AdminTable
            caption="Periods, newest first"
            headers={[
              'Period',
              'Update window',
              'Board meeting',
              'Status',
              <span className="nhsuk-u-visually-hidden">Actions</span>,
            ]}
          >
            {periods.data.map((p) => (
              <tr className="nhsuk-table__row" key={p.id}>
                <th className="nhsuk-table__header" scope="row">
                  {p.label}
                </th>
                <td className="nhsuk-table__cell">
                  {formatDay(p.windowOpens)} to {formatDay(p.windowCloses)}
                </td>
                <td className="nhsuk-table__cell">{formatDay(p.boardDate)}</td>
                <td className="nhsuk-table__cell">
                  {p.isLocked ? (
                    <Tag colour="grey">Locked</Tag>
                  ) : p.windowState === 'open' ? (
                    <Tag colour="blue">Update window open</Tag>
                  ) : p.windowState === 'upcoming' ? (
                    <Tag colour="white">Not open yet</Tag>
                  ) : (
                    <Tag colour="white">Window closed, not locked</Tag>
                  )}
                </td>
                <td className="nhsuk-table__cell">
                  <div className="bt-actions">
                    <SmallLink
                      text="Board paper"
                      item={p.label}
                      to={`/periods/${p.id}/board-paper`}
                    />
                    {p.isLocked ? null : (
                      <>
                        <SmallButton
                          text="Change"
                          item={p.label}
                          onClick={() => {
                            setSaved(null);
                            setEditing(p.id);
                          }}
                        />
                        <SmallLink
                          warning
                          text="Lock"
                          item={p.label}
                          to={`/periods/${p.id}/lock`}
                        />
                      </>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </AdminTable>
          <ChaseList {...chasing} />
        </>
      )}
      {editingPeriod ? (
        <EditPeriodForm
          key={editingPeriod.id}
          period={editingPeriod}
          onDone={(ok) => {
            if (ok) setSaved(editingPeriod.label);
            setEditing(null);
          }}
        />
      ) : (
        <NewPeriodForm />
      )}
    </>
  );
}
