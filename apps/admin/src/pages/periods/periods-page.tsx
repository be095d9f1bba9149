import { SuccessBanner, Tag, formatDay } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { SmallButton, SmallLink } from '../../components/buttons.tsx';
import { AdminTable } from '../../components/admin-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ChaseList, periodToChase } from './chase-list.tsx';
import { EditPeriodForm, NewPeriodForm } from './period-form.tsx';
import {
  WindowNowButton,
  WindowNowQuestion,
  reopenableId,
  type TWindowMove,
} from './window-now.tsx';
import { useTRPC } from '@belonging/client';

/** Reporting periods: their windows and board dates, who still has to update, and locking. */
export function PeriodsPage() {
  usePageTitle('Reporting periods');
  const trpc = useTRPC();
  const location = useLocation();
  const { locked, started } =
    (location.state as { locked?: string; started?: string } | null) ?? {};
  const periods = useQuery(trpc.admin.period.list.queryOptions());
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [moving, setMoving] = useState<{ id: string; move: TWindowMove } | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const editingPeriod = periods.data?.find((p) => p.id === editing);
  const movingPeriod = periods.data?.find((p) => p.id === moving?.id);
  const reopenable = reopenableId(periods.data ?? []);
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
      {started ? (
        <SuccessBanner id="year-started">
          <p>
            The {started} quarters are created. Their update windows open as planned; actions,
            milestones and KPIs carry on into them.
          </p>
        </SuccessBanner>
      ) : null}
      {moved ? (
        <SuccessBanner id="window-moved">
          <p>{moved}.</p>
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
      <p>
        <Link className="nhsuk-button nhsuk-button--secondary" to="/periods/next-year">
          Start the next year
        </Link>
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
                  <p className="nhsuk-u-margin-bottom-2">
                    {formatDay(p.windowOpens)} to {formatDay(p.windowCloses)}
                  </p>
                  <WindowNowButton
                    period={p}
                    canReopen={p.id === reopenable}
                    onAsk={(move) => {
                      setMoved(null);
                      setEditing(null);
                      setMoving({ id: p.id, move });
                    }}
                  />
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
                            setMoving(null);
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
          {movingPeriod && moving ? (
            <WindowNowQuestion
              key={`${movingPeriod.id}-${moving.move}`}
              period={movingPeriod}
              move={moving.move}
              onDone={(done) => {
                setMoving(null);
                setMoved(done);
              }}
            />
          ) : null}
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
