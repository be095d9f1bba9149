import { BackLink, SuccessBanner } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { KeepInternal } from '../../components/keep-internal.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { ActionForm } from './action-form.tsx';
import { Milestones } from './milestones.tsx';
import { NarrativesInternal } from './narratives-internal.tsx';
import { useTRPC } from '@belonging/client';

/** Adds an action (`/strategy/actions/new?commitmentId=`) or changes one, with its milestones. */
export function ActionPage() {
  const { actionId } = useParams();
  const [params] = useSearchParams();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const trpc = useTRPC();
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const action = useQuery({
    ...trpc.admin.action.byId.queryOptions({ id: actionId ?? '' }),
    enabled: actionId !== undefined,
  });
  const newUnder = tree.data?.ambitions
    .flatMap((a) => a.commitments)
    .find((c) => c.id === params.get('commitmentId'));
  // Each page's title is its own: the action's code, or the commitment a new one goes under.
  usePageTitle(
    actionId
      ? action.data
        ? `Change action ${action.data.code}`
        : 'Change an action'
      : newUnder
        ? `Add an action to commitment ${newUnder.code}`
        : 'Add an action',
  );
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  if (actionId && (action.isPending || action.isError))
    return <QueryState error={action.error} what="the action" />;
  const commitments = tree.data.ambitions.flatMap((a) =>
    a.commitments.map((c) => ({ id: c.id, label: `${c.code} ${c.title}` })),
  );
  const detail = actionId ? action.data : undefined;
  return (
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      {done ? (
        <SuccessBanner id="action-done">
          <p>{done}</p>
        </SuccessBanner>
      ) : null}
      <h1>{detail ? `Change action ${detail.code}` : 'Add an action'}</h1>
      {detail ? <AddMilestoneLink /> : null}
      {commitments.length === 0 ? (
        <p>Add a commitment to the strategy first: every action belongs to a commitment.</p>
      ) : (
        <ActionForm
          key={detail ? `${detail.id}-${detail.version}` : 'new'}
          action={detail ?? null}
          commitments={commitments}
          commitmentId={params.get('commitmentId') ?? commitments[0]?.id ?? ''}
        />
      )}
      {detail ? (
        <Milestones actionId={detail.id} actionCode={detail.code} milestones={detail.milestones} />
      ) : null}
      {detail ? (
        <KeepInternal
          key={detail.id}
          entity="action"
          id={detail.id}
          name={`Action ${detail.code}`}
          isInternal={detail.isInternal}
        />
      ) : null}
      {detail ? <ActionNarratives key={detail.id} actionId={detail.id} /> : null}
    </>
  );
}

/** The action's narratives as owners and the board read them, each kept inside or not. */
function ActionNarratives({ actionId }: { actionId: string }) {
  const trpc = useTRPC();
  const read = useQuery(trpc.action.byId.queryOptions({ id: actionId }));
  if (read.isPending || read.isError)
    return <QueryState error={read.error} what="the action's progress narratives" />;
  return <NarrativesInternal actionId={actionId} updates={read.data.updates} />;
}

/**
 * Milestones sit below the long action form: this link near the top takes keyboard users straight
 * to the new milestone's title (it was 83 Tab presses away).
 */
function AddMilestoneLink() {
  const target = 'field-milestone-title';
  return (
    <p>
      <a
        href={`#${target}`}
        onClick={(event) => {
          const field = document.getElementById(target);
          if (!field) return;
          event.preventDefault();
          field.focus();
        }}
      >
        Add a milestone
      </a>
    </p>
  );
}
