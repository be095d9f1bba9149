import { ACTION_STATUS_LABELS } from '@belonging/domain';
import {
  REASON_LABELS,
  compareRag,
  matchesActionFilter,
  parseActionFilter,
} from '@belonging/domain';
import { DataTable, formatDateTime, formatDay, RagTag, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { FilterCount, FilterForm, NoMatches } from '../components/filter-form.tsx';
import { Flash } from '../components/flash.tsx';
import { QueryState } from '../components/query-state.tsx';
import { UpdateWindow } from '../components/update-window.tsx';
import type { TMyAction } from '../lib/api-types.ts';
import { pageTitle } from '../lib/page-title.ts';
import { ACTION_FILTER_FIELDS, ACTION_NOUN } from './my-actions-filters.ts';
import { useTRPC } from '@belonging/client';

type TGroup = { key: string; title: string; hint: string; match: (a: TMyAction) => boolean };

/** Overdue and missing updates come first: they are what the board will ask about. */
const GROUPS: TGroup[] = [
  {
    key: 'overdue',
    title: 'Overdue',
    hint: 'Past their due date and not complete.',
    match: (a) => a.assessment.overdue,
  },
  {
    key: 'missing',
    title: 'Update missing',
    hint: "The quarter's update window closed without an update.",
    match: (a) => a.assessment.updateMissing,
  },
  { key: 'in_progress', title: 'In progress', hint: '', match: (a) => a.status === 'in_progress' },
  { key: 'not_started', title: 'Not started', hint: '', match: (a) => a.status === 'not_started' },
  { key: 'complete', title: 'Complete', hint: '', match: (a) => a.status === 'complete' },
  { key: 'cancelled', title: 'Cancelled', hint: '', match: (a) => a.status === 'cancelled' },
];

export function groupActions(
  actions: readonly TMyAction[],
): { group: TGroup; actions: TMyAction[] }[] {
  const placed = new Set<string>();
  return GROUPS.map((group) => {
    const members = actions
      .filter((a) => !placed.has(a.id) && group.match(a))
      .sort(
        (a, b) =>
          compareRag(a.assessment.rag ?? 'grey', b.assessment.rag ?? 'grey') ||
          a.dueDate.getTime() - b.dueDate.getTime(),
      );
    for (const a of members) placed.add(a.id);
    return { group, actions: members };
  }).filter((g) => g.actions.length > 0);
}

export function MyActionsPage() {
  const trpc = useTRPC();
  const mine = useQuery(trpc.action.mine.queryOptions());
  const [params] = useSearchParams();
  const filter = parseActionFilter(params);
  const today = new Date();
  return (
    <QueryState query={mine} what="your actions">
      {({ period, actions: all }) => {
        const actions = all.filter((a) =>
          matchesActionFilter({ ...a, rag: a.assessment.rag }, filter, today),
        );
        return (
          <>
            <title>{pageTitle('My actions')}</title>
            <Flash />
            <h1>My actions</h1>
            <UpdateWindow period={period} />
            {all.length === 0 ? (
              <p>You do not own any actions at the moment.</p>
            ) : (
              <>
                <FilterForm label="Filter actions" fields={ACTION_FILTER_FIELDS} values={filter} />
                <FilterCount shown={actions.length} total={all.length} noun={ACTION_NOUN} />
                {actions.length === 0 ? <NoMatches total={all.length} noun={ACTION_NOUN} /> : null}
              </>
            )}
            {groupActions(actions).map(({ group, actions: members }) => (
              <section
                key={group.key}
                aria-labelledby={`group-${group.key}`}
                data-group={group.key}
              >
                <DataTable
                  caption={
                    <span id={`group-${group.key}`}>
                      {group.title} ({members.length})
                    </span>
                  }
                  rows={members}
                  rowKey={(a) => a.id}
                  columns={[
                    {
                      header: 'Action',
                      rowHeader: true,
                      cell: (a) => (
                        <>
                          <Link to={`/actions/${a.id}`}>
                            {a.code}: {a.title}
                          </Link>
                          <br />
                          <span className="nhsuk-body-s">{REASON_LABELS[a.assessment.reason]}</span>
                        </>
                      ),
                    },
                    {
                      header: 'Colour',
                      cell: (a) => (
                        <>
                          {a.assessment.rag ? (
                            <RagTag rag={a.assessment.rag} />
                          ) : (
                            <Tag colour="grey">Cancelled</Tag>
                          )}
                          {a.assessment.optimistic ? (
                            <Tag colour="purple" className="bt-tag-gap">
                              Optimistic view
                            </Tag>
                          ) : null}
                        </>
                      ),
                    },
                    {
                      header: 'Status',
                      cell: (a) => `${ACTION_STATUS_LABELS[a.status]}, ${a.progressPercent}%`,
                    },
                    { header: 'Due', cell: (a) => formatDay(a.dueDate) },
                    {
                      header: 'Last update',
                      cell: (a) => (a.lastUpdateAt ? formatDateTime(a.lastUpdateAt) : 'None yet'),
                    },
                  ]}
                />
                {group.hint ? <p className="nhsuk-body-s">{group.hint}</p> : null}
              </section>
            ))}
          </>
        );
      }}
    </QueryState>
  );
}
