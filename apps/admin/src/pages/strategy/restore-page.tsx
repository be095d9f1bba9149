import { BackLink, ErrorSummary } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { archivedItems } from './archived-items.ts';
import { describeServerError, useTRPC, useReportErrorSummary } from '@belonging/client';

/** The question before restoring: the item goes back under its parent, in its old place. */
export function RestorePage() {
  const { kind = '', id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const archived = useQuery(trpc.admin.archived.list.queryOptions());
  const item = archived.data
    ? archivedItems(archived.data).find((i) => i.kind === kind && i.id === id)
    : undefined;
  usePageTitle(item ? `Restore ${item.name}?` : 'Restore');

  const onSuccess = async () => {
    void navigate('/strategy/archived', { state: { done: `${item?.name ?? 'It'} is restored.` } });
    await Promise.all([
      queryClient.invalidateQueries(trpc.admin.archived.pathFilter()),
      queryClient.invalidateQueries(trpc.strategy.pathFilter()),
      queryClient.invalidateQueries(trpc.action.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.action.pathFilter()),
      queryClient.invalidateQueries(trpc.kpi.pathFilter()),
    ]);
  };
  const options = { onSuccess };
  const mutations = {
    ambition: useMutation(trpc.admin.ambition.restore.mutationOptions(options)),
    commitment: useMutation(trpc.admin.commitment.restore.mutationOptions(options)),
    action: useMutation(trpc.admin.action.restore.mutationOptions(options)),
    milestone: useMutation(trpc.admin.milestone.restore.mutationOptions(options)),
    kpi: useMutation(trpc.admin.kpi.restore.mutationOptions(options)),
  };
  const restore = item ? mutations[item.kind] : null;
  const failed = restore?.error ? describeServerError(restore.error) : null;
  // A clash names the number or code; there is no field on this page, so say it in the summary.
  const problem = failed
    ? (failed.fields.code ?? failed.fields.number ?? failed.message)
    : undefined;
  useReportErrorSummary(problem !== undefined);

  if (archived.isPending || archived.isError)
    return <QueryState error={archived.error} what="the archived items" />;
  if (!item || !restore) {
    return (
      <>
        <h1>Nothing to restore</h1>
        <p>
          It may already be restored.{' '}
          <Link to="/strategy/archived">Go back to the archived items</Link>.
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink href="/strategy/archived" text="Back" Link={RouterLink} />
      <ErrorSummary errors={[]} title="It was not restored" description={problem} />
      <h1>Restore {item.name}?</h1>
      <p>
        It goes back {item.parent ? `under ${item.parent}` : 'into the strategy'}, in the place it
        had before, and shows in the live strategy and the next board report again.
        {item.kind === 'ambition' || item.kind === 'commitment'
          ? ' Everything under it that was not archived on its own comes back with it.'
          : ''}
      </p>
      <ConfirmButtons
        text={`Yes, restore ${item.name}`}
        pending={restore.isPending}
        onConfirm={() => restore.mutate({ id: item.id })}
        cancel="/strategy/archived"
      />
    </>
  );
}
