import { BackLink, SuccessBanner } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { AdminTable } from '../../components/admin-table.tsx';
import { SmallLink } from '../../components/buttons.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ARCHIVED_LEVELS, archivedItems, type ArchivedItem } from './archived-items.ts';
import { formatAuditInstant } from '@belonging/domain';
import { useTRPC } from '@belonging/client';

/** Everything archived from the strategy, level by level, each with who archived it and a way back. */
export function ArchivedPage() {
  usePageTitle('Archived items');
  const trpc = useTRPC();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const archived = useQuery(trpc.admin.archived.list.queryOptions());
  if (archived.isPending || archived.isError)
    return <QueryState error={archived.error} what="the archived items" />;
  const items = archivedItems(archived.data);

  return (
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      <h1>Archived items</h1>
      {done ? (
        <SuccessBanner id="archived-done">
          <p>{done}</p>
        </SuccessBanner>
      ) : null}
      <p>
        Archived items have left the live strategy and the board report, with their history kept.
        Restore one to put it back where it was.
      </p>
      <nav aria-label="Archived levels">
        <ul>
          {ARCHIVED_LEVELS.map((level) => (
            <li key={level.kind}>
              <a href={`#archived-${level.kind}`}>{level.heading}</a> (
              {items.filter((i) => i.kind === level.kind).length})
            </li>
          ))}
        </ul>
      </nav>
      {ARCHIVED_LEVELS.map((level) => (
        <Level
          key={level.kind}
          id={`archived-${level.kind}`}
          heading={level.heading}
          items={items.filter((i) => i.kind === level.kind)}
        />
      ))}
      <p>
        <Link to="/strategy">Go back to the strategy</Link>
      </p>
    </>
  );
}

function Level({ id, heading, items }: { id: string; heading: string; items: ArchivedItem[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>
        Archived {heading.toLowerCase().replace('kpis', 'KPIs')}
      </h2>
      {items.length === 0 ? (
        <p>No {heading === 'KPIs' ? 'KPIs' : heading.toLowerCase()} are archived.</p>
      ) : (
        <AdminTable
          caption={`Archived ${heading === 'KPIs' ? 'KPIs' : heading.toLowerCase()}`}
          captionClassName="nhsuk-u-visually-hidden"
          headers={[
            'Item',
            'Goes back under',
            'Archived',
            <span className="nhsuk-u-visually-hidden">Controls</span>,
          ]}
        >
          {items.map((item) => (
            <tr className="nhsuk-table__row" key={item.id}>
              <td className="nhsuk-table__cell">{item.name}</td>
              <td className="nhsuk-table__cell">
                {item.parent ?? 'The strategy'}
                {item.isParentArchived ? ' (archived: restore it first)' : ''}
              </td>
              <td className="nhsuk-table__cell">
                {item.archivedAt ? formatAuditInstant(item.archivedAt) : 'Not recorded'}
                {item.archivedBy ? ` by ${item.archivedBy}` : ''}
              </td>
              <td className="nhsuk-table__cell">
                <SmallLink
                  text="Restore"
                  item={item.name}
                  to={`/strategy/archived/${item.kind}/${item.id}`}
                />
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </section>
  );
}
