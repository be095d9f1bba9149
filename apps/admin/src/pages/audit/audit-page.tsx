import { ErrorSummary, PendingButton } from '@belonging/ui';
import { ZAuditListInput, eventSubject, operationLabel } from '@belonging/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { formatInstant } from '../../lib/dates.ts';
import { fieldErrorsFromZod, toErrorItems, type FieldErrors } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuditChanges } from './audit-changes.tsx';
import { AdminTable } from '../../components/admin-table.tsx';

const ENTITIES = [
  ['', 'Everything'],
  ['ambition', 'Ambitions'],
  ['commitment', 'Commitments'],
  ['action', 'Actions'],
  ['milestone', 'Milestones'],
  ['kpi', 'KPIs'],
  ['measurement', 'Measurements'],
  ['import', 'Imports'],
  ['period', 'Reporting periods'],
  ['board_paper', 'Board papers'],
  ['strategy', 'Strategy order'],
  ['user', 'People'],
  ['eds_assessment', 'EDS 2022 assessments'],
  ['comment', 'Comments'],
  ['session', 'Sign-ins'],
] as const;

const FILTERS = ['entity', 'actorId', 'from', 'to'] as const;

/** The audit trail, filtered by what changed, who changed it and when; the filters live in the URL. */
export function AuditPage() {
  usePageTitle('Audit trail');
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const people = useQuery(trpc.admin.user.list.queryOptions());

  const applied = Object.fromEntries(
    FILTERS.flatMap((f) => (params.get(f) ? [[f, params.get(f)]] : [])),
  );
  const parsed = ZAuditListInput.safeParse(applied);
  const input = parsed.success ? (parsed.data ?? {}) : {};
  const events = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { ...input, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== ''));
    const check = ZAuditListInput.safeParse(chosen);
    if (!check.success) {
      setErrors(fieldErrorsFromZod(check.error));
      return;
    }
    setErrors({});
    setParams(chosen);
  }

  const personOptions = [
    { value: '', label: 'Anyone' },
    ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  const names = new Map((people.data ?? []).map((p) => [p.id, p.name]));

  return (
    <>
      <h1>Audit trail</h1>
      <p>Every change anyone makes is recorded here, with the values before and after.</p>
      <ErrorSummary errors={toErrorItems(errors)} />
      <form onSubmit={apply} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-quarter">
            <SelectField
              name="entity"
              label="What changed"
              value={draft.entity ?? ''}
              onChange={(v) => setDraft({ ...draft, entity: v })}
              options={ENTITIES.map(([value, label]) => ({ value, label }))}
              error={errors.entity}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <SelectField
              name="actorId"
              label="Who changed it"
              value={draft.actorId ?? ''}
              onChange={(v) => setDraft({ ...draft, actorId: v })}
              options={personOptions}
              error={errors.actorId}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextField
              name="from"
              type="date"
              label="From"
              value={draft.from ?? ''}
              onChange={(v) => setDraft({ ...draft, from: v })}
              error={errors.from}
            />
          </div>
          <div className="nhsuk-grid-column-one-quarter">
            <TextField
              name="to"
              type="date"
              label="To"
              value={draft.to ?? ''}
              onChange={(v) => setDraft({ ...draft, to: v })}
              error={errors.to}
            />
          </div>
        </div>
        <div className="bt-actions">
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Apply filters
          </button>
          {Object.keys(applied).length > 0 ? (
            <button
              className="nhsuk-button nhsuk-button--reverse"
              type="button"
              onClick={() => {
                setDraft({ entity: '', actorId: '', from: '', to: '' });
                setParams({});
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
      </form>

      {events.isPending || events.isError ? (
        <QueryState error={events.error} what="the audit trail" />
      ) : items.length === 0 ? (
        <p>
          No changes match these filters. Clear the filters or choose wider dates to see more of the
          trail.
        </p>
      ) : (
        <>
          <AdminTable
            caption="Changes, newest first"
            headers={['When', 'Who', 'What', 'Before and after']}
          >
            {items.map((e) => (
              <tr className="nhsuk-table__row" key={e.id}>
                <td className="nhsuk-table__cell bt-nowrap">{formatInstant(e.at)}</td>
                <td className="nhsuk-table__cell">{e.actor?.name ?? 'The system'}</td>
                <td className="nhsuk-table__cell">
                  <strong>{operationLabel(e.entity, e.operation)}</strong>
                  <br />
                  <span className="nhsuk-u-secondary-text-colour">
                    {eventSubject(e.entity, e.before, e.after)}
                  </span>
                </td>
                <td className="nhsuk-table__cell">
                  <AuditChanges before={e.before} after={e.after} names={names} />
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
