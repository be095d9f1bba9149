import type { TCarryForward } from '@belonging/domain';
import { SummaryList, formatDay } from '@belonging/ui';
import type { ReactNode } from 'react';
import { AdminTable } from '../../components/admin-table.tsx';
import { plural } from '../../lib/plural.ts';

/** A list the person opens when they want the detail behind a count. */
function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

function ActionTable({ caption, actions }: { caption: string; actions: TCarryForward['actions'] }) {
  return (
    <AdminTable
      caption={caption}
      captionClassName="nhsuk-u-visually-hidden"
      headers={['Action', 'Owner', 'Due']}
    >
      {actions.map((a) => (
        <tr className="nhsuk-table__row" key={a.code}>
          <td className="nhsuk-table__cell">
            {a.code}: {a.title}
          </td>
          <td className="nhsuk-table__cell">{a.ownerName}</td>
          <td className="nhsuk-table__cell">{formatDay(a.dueDate)}</td>
        </tr>
      ))}
    </AdminTable>
  );
}

/** What the new year's quarters continue: counts, each with its list behind a "show". */
export function CarriedForward({ year, carried }: { year: string; carried: TCarryForward }) {
  const points = carried.kpis.reduce((n, k) => n + k.points.length, 0);
  return (
    <>
      <h2>What carries forward</h2>
      <p>
        Actions, milestones and KPIs belong to the strategy, not to a year, so nothing is copied:
        they continue into the {year} quarters as they are.
      </p>
      <SummaryList
        rows={[
          { key: 'Live actions continuing', value: plural(carried.actions.length, 'action') },
          {
            key: `Milestones due in ${year}`,
            value: plural(carried.milestones.length, 'milestone'),
          },
          {
            key: 'KPIs',
            value: `${plural(carried.kpis.length, 'KPI')}, with ${plural(points, 'trajectory point')} in ${year}`,
          },
        ]}
      />
      <Details summary={`Show the ${plural(carried.actions.length, 'live action')}`}>
        <ActionTable caption="Live actions continuing" actions={carried.actions} />
      </Details>
      <Details
        summary={`Show the ${plural(carried.milestones.length, 'milestone')} due in ${year}`}
      >
        {carried.milestones.length === 0 ? (
          <p>No open milestones fall due in {year}.</p>
        ) : (
          <AdminTable
            caption={`Milestones due in ${year}`}
            captionClassName="nhsuk-u-visually-hidden"
            headers={['Milestone', 'Action', 'Due']}
          >
            {carried.milestones.map((m, i) => (
              <tr className="nhsuk-table__row" key={`${m.actionCode}-${m.title}-${i}`}>
                <td className="nhsuk-table__cell">{m.title}</td>
                <td className="nhsuk-table__cell">
                  {m.actionCode}: {m.actionTitle}
                </td>
                <td className="nhsuk-table__cell">{formatDay(m.dueDate)}</td>
              </tr>
            ))}
          </AdminTable>
        )}
      </Details>
      <Details summary={`Show the ${plural(carried.kpis.length, 'KPI')} and their ${year} points`}>
        <AdminTable
          caption={`KPIs and their trajectory points in ${year}`}
          captionClassName="nhsuk-u-visually-hidden"
          headers={['KPI', `Trajectory points in ${year}`, `Target in ${year}`]}
        >
          {carried.kpis.map((k) => (
            <tr className="nhsuk-table__row" key={k.code}>
              <td className="nhsuk-table__cell">
                {k.code}: {k.title}
              </td>
              <td className="nhsuk-table__cell">
                {k.points.length === 0
                  ? 'None'
                  : k.points.map((p) => `${String(p.value)} by ${formatDay(p.date)}`).join('; ')}
              </td>
              <td className="nhsuk-table__cell">
                {k.targetDate && k.targetValue !== null
                  ? `${String(k.targetValue)} by ${formatDay(k.targetDate)}`
                  : 'None'}
              </td>
            </tr>
          ))}
        </AdminTable>
      </Details>
    </>
  );
}

/** The plan's warnings, and the open actions past due and KPIs with no aim in the year. */
export function NextYearWarnings({
  year,
  warnings,
  carried,
}: {
  year: string;
  warnings: readonly string[];
  carried: TCarryForward;
}) {
  const pastDue = carried.pastDueActions;
  const noAim = carried.kpisWithoutAim;
  if (warnings.length === 0 && pastDue.length === 0 && noAim.length === 0) return null;
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label">
        <span className="nhsuk-u-visually-hidden">Important: </span>
        Check before you start
      </h2>
      <ul>
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
        {pastDue.length > 0 ? (
          <li>
            {plural(pastDue.length, 'open action is', 'open actions are')} already past due. They
            carry on into {year}: agree new due dates with their owners.
          </li>
        ) : null}
        {noAim.length > 0 ? (
          <li>
            {plural(noAim.length, 'KPI has', 'KPIs have')} no trajectory point or target in {year},
            so nothing says what they should reach this year.
          </li>
        ) : null}
      </ul>
      {pastDue.length > 0 ? (
        <Details summary={`Show the ${plural(pastDue.length, 'action')} past due`}>
          <ActionTable caption="Open actions already past due" actions={pastDue} />
        </Details>
      ) : null}
      {noAim.length > 0 ? (
        <Details
          summary={`Show the ${plural(noAim.length, 'KPI')} with nothing to reach in ${year}`}
        >
          <ul>
            {noAim.map((k) => (
              <li key={k.code}>
                {k.code}: {k.title}
              </li>
            ))}
          </ul>
        </Details>
      ) : null}
    </div>
  );
}
