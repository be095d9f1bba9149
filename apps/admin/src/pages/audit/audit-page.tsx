import { PendingButton } from '@belonging/ui';
import { ZAuditListInput, formatAuditInstant } from '@belonging/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { AdminTable } from '../../components/admin-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuditChanges } from './audit-changes.tsx';
import { AuditDownloads } from './audit-downloads.tsx';
import { AUDIT_FILTERS, AuditFilters, NO_FILTERS } from './audit-filters.tsx';
import { useTRPC } from '@belonging/client';

/**
 * The audit trail, searched and filtered by what changed, who changed it and when; the filters
 * live in the URL. Every entry comes from the server in words, each id named.
 */
export function AuditPage() {
  usePageTitle('Audit trail');
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const people = useQuery(trpc.admin.user.list.queryOptions());

  const applied = Object.fromEntries(
    AUDIT_FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f) ?? '']] : [])),
  );
  const parsed = ZAuditListInput.safeParse(applied);
  const { limit: _limit, cursor: _cursor, ...filters } = parsed.success ? (parsed.data ?? {}) : {};
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { ...filters, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );

  const items = events.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <h1>Audit trail</h1>
      <p>Every change anyone makes is recorded here, with the values before and after.</p>
      <AuditFilters
        // A new URL (back, forward, a shared link) starts the form afresh from it.
        key={params.toString()}
        initial={{ ...NO_FILTERS, ...applied }}
        people={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        isFiltered={Object.keys(applied).length > 0}
        onApply={(chosen) => setParams(chosen)}
      />

      {events.isPending || events.isError ? (
        <QueryState error={events.error} what="the audit trail" />
      ) : items.length === 0 ? (
        <p>
          No changes match these filters. Clear the filters or choose wider dates to see more of the
          trail.
        </p>
      ) : (
        <>
          <AuditDownloads filters={filters} />
          <AdminTable
            caption="Changes, newest first"
            headers={['When', 'Who', 'What', 'Before and after']}
          >
            {items.map((e) => (
              <tr className="nhsuk-table__row" key={e.id}>
                <td className="nhsuk-table__cell">{formatAuditInstant(e.at)}</td>
                <td className="nhsuk-table__cell">{e.who}</td>
                <td className="nhsuk-table__cell bt-break">
                  <strong>{e.what}</strong>
                  <br />
                  <span className="nhsuk-u-secondary-text-colour">{e.subject}</span>
                </td>
                <td className="nhsuk-table__cell bt-break">
                  <AuditChanges
                    before={e.before}
                    after={e.after}
                    names={new Map(Object.entries(e.names))}
                  />
                </td>
              </tr>
            ))}
          </AdminTable>
          {events.hasNextPage ? (
            <PendingButton
              className="nhsuk-button nhsuk-button--secondary"
              pending={events.isFetchingNextPage}
              onClick={() => void events.fetchNextPage()}
            >
              {events.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
            </PendingButton>
          ) : null}
        </>
      )}
    </>
  );
}
