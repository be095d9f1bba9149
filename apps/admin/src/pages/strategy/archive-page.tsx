import { BackLink, ErrorSummary } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { describeServerError, useTRPC } from '@belonging/client';

type Kind = 'ambition' | 'commitment' | 'action' | 'milestone';
const KINDS: readonly string[] = ['ambition', 'commitment', 'action', 'milestone'];

/** The confirmation before archiving: the item leaves the live report but keeps its history. */
export function ArchivePage() {
  const { kind = '', id = '' } = useParams();
  const [params] = useSearchParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const actionId = kind === 'action' ? id : (params.get('actionId') ?? '');
  const tree = useQuery(trpc.strategy.tree.queryOptions());
  const action = useQuery({
    ...trpc.admin.action.byId.queryOptions({ id: actionId }),
    enabled: actionId !== '',
  });
  const name = describe(kind as Kind, id, tree.data, action.data);
  usePageTitle(name ? `Archive ${name}?` : 'Archive');
  const backTo = kind === 'milestone' ? `/strategy/actions/${actionId}` : '/strategy';

  const onSuccess = async () => {
    await Promise.all([
      queryClient.invalidateQueries(trpc.strategy.pathFilter()),
      queryClient.invalidateQueries(trpc.action.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.action.pathFilter()),
    ]);
    void navigate(kind === 'milestone' ? backTo : '/strategy', {
      state: { done: `${capital(name ?? 'The item')} is archived.` },
    });
  };
  const ambition = useMutation(trpc.admin.ambition.archive.mutationOptions({ onSuccess }));
  const commitment = useMutation(trpc.admin.commitment.archive.mutationOptions({ onSuccess }));
  const actionArchive = useMutation(trpc.admin.action.archive.mutationOptions({ onSuccess }));
  const milestone = useMutation(trpc.admin.milestone.archive.mutationOptions({ onSuccess }));
  const failed = [ambition, commitment, actionArchive, milestone].find((m) => m.isError)?.error;
  const pending = [ambition, commitment, actionArchive, milestone].some((m) => m.isPending);

  if (!KINDS.includes(kind)) return <QueryState error={new Error('unknown')} what="this item" />;
  if (tree.isPending || tree.isError) return <QueryState error={tree.error} what="the strategy" />;
  if (actionId && (action.isPending || action.isError))
    return <QueryState error={action.error} what="the action" />;
  if (!name) {
    return (
      <>
        <h1>Nothing to archive</h1>
        <p>
          It may already be archived. <Link to="/strategy">Go back to the strategy</Link>.
        </p>
      </>
    );
  }

  function confirm() {
    if (kind === 'ambition') ambition.mutate({ id });
    else if (kind === 'commitment') commitment.mutate({ id });
    else if (kind === 'milestone') milestone.mutate({ id });
    else if (action.data) actionArchive.mutate({ id, expectedVersion: action.data.version });
  }

  return (
    <>
      <BackLink href={backTo} text="Back" Link={RouterLink} />
      <ErrorSummary
        errors={[]}
        title="It was not archived"
        description={failed ? describeServerError(failed).message : undefined}
      />
      <h1>Archive {name}?</h1>
      <p>
        It will leave the live strategy and the board report.{' '}
        {kind === 'ambition' || kind === 'commitment' ? 'Everything under it leaves with it. ' : ''}
        Its history, updates and audit trail are kept, and locked board snapshots do not change. You
        can restore it from the archived items.
      </p>
      <ConfirmButtons
        text={`Yes, archive ${name}`}
        pending={pending}
        onConfirm={confirm}
        cancel={backTo}
      />
    </>
  );
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type Tree = {
  ambitions: {
    id: string;
    number: number;
    title: string;
    commitments: { id: string; code: string; title: string }[];
  }[];
};
type ActionDetail = { code: string; title: string; milestones: { id: string; title: string }[] };

/** How the confirmation names the item, or null when it is not (or no longer) live. */
function describe(
  kind: Kind,
  id: string,
  tree: Tree | undefined,
  action: ActionDetail | undefined,
): string | null {
  if (kind === 'ambition') {
    const a = tree?.ambitions.find((x) => x.id === id);
    return a ? `ambition ${a.number}: ${a.title}` : null;
  }
  if (kind === 'commitment') {
    const c = tree?.ambitions.flatMap((a) => a.commitments).find((x) => x.id === id);
    return c ? `commitment ${c.code}: ${c.title}` : null;
  }
  if (kind === 'action') return action ? `action ${action.code}: ${action.title}` : null;
  const m = action?.milestones.find((x) => x.id === id);
  return m ? `milestone “${m.title}”` : null;
}
