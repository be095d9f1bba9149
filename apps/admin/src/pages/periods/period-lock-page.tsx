import { BackLink } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { FrontSheetForm } from './front-sheet-form.tsx';
import { useTRPC, useFormErrors } from '@belonging/client';

/**
 * The confirmation page before a period is locked: locking freezes what the board sees. The board
 * paper's front sheet, suggested from the report, is checked here and saved with the lock.
 */
export function PeriodLockPage() {
  const { periodId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const periods = useQuery(trpc.period.list.queryOptions());
  const period = periods.data?.find((p) => p.id === periodId);
  const paper = useQuery({
    ...trpc.admin.boardPaper.get.queryOptions({ periodId }),
    enabled: Boolean(period && !period.isLocked),
  });
  usePageTitle(period ? `Lock ${period.label}?` : 'Lock a period');
  const e = useFormErrors();
  const lock = useMutation(
    trpc.admin.period.lock.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.period.pathFilter()),
          queryClient.invalidateQueries(trpc.admin.period.pathFilter()),
          queryClient.invalidateQueries(trpc.admin.boardPaper.pathFilter()),
        ]);
        void navigate('/periods', { state: { locked: period?.label } });
      },
      onError: e.fromServer,
    }),
  );

  if (periods.isPending || periods.isError)
    return <QueryState error={periods.error} what="the reporting period" />;
  if (!period) {
    return (
      <>
        <h1>Reporting period not found</h1>
        <p>
          <Link to="/periods">Go back to reporting periods</Link>
        </p>
      </>
    );
  }
  if (period.isLocked) {
    return (
      <>
        <BackLink href="/periods" text="Back to reporting periods" Link={RouterLink} />
        <h1>{period.label} is already locked</h1>
        <p>Its board snapshot is frozen and cannot change.</p>
        <p>
          <Link to={`/periods/${period.id}/board-paper`}>
            Change the board paper front sheet for {period.label}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink href="/periods" text="Back to reporting periods" Link={RouterLink} />
      <h1>Lock {period.label}?</h1>
      <p className="nhsuk-lede-text">The board snapshot will be frozen.</p>
      <p>
        The board report for {period.label} is saved exactly as it is now. Updates made later will
        not change what the board sees for this period, and the period cannot be unlocked.
      </p>
      <p>
        Check the board paper’s front sheet below: it is saved with the lock, and you can change it
        afterwards.
      </p>
      {paper.isPending || paper.isError ? (
        <QueryState error={paper.error} what="the board paper front sheet" />
      ) : (
        <FrontSheetForm
          initial={paper.data.sheet}
          ambitions={paper.data.ambitions}
          errors={e}
          submitText={`Yes, lock ${period.label} and save the front sheet`}
          pending={lock.isPending}
          onSave={(sheet) => lock.mutate({ periodId: period.id, sheet })}
          after={
            <Link className="nhsuk-button nhsuk-button--secondary" to="/periods">
              Cancel
            </Link>
          }
        />
      )}
    </>
  );
}
