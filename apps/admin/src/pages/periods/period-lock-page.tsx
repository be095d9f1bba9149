import { BackLink, ErrorSummary } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { describeServerError } from '../../lib/form-errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';

/** The confirmation page before a period is locked: locking freezes what the board sees. */
export function PeriodLockPage() {
  const { periodId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const periods = useQuery(trpc.period.list.queryOptions());
  const period = periods.data?.find((p) => p.id === periodId);
  usePageTitle(period ? `Lock ${period.label}?` : 'Lock a period');
  const lock = useMutation(
    trpc.admin.period.lock.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.period.pathFilter()),
          queryClient.invalidateQueries(trpc.admin.period.pathFilter()),
        ]);
        void navigate('/periods', { state: { locked: period?.label } });
      },
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
      </>
    );
  }
  return (
    <>
      <BackLink href="/periods" text="Back to reporting periods" Link={RouterLink} />
      <ErrorSummary
        errors={[]}
        title="The period was not locked"
        description={lock.isError ? describeServerError(lock.error).message : undefined}
      />
      <h1>Lock {period.label}?</h1>
      <p className="nhsuk-lede-text">The board snapshot will be frozen.</p>
      <p>
        The board report for {period.label} is saved exactly as it is now. Updates made later will
        not change what the board sees for this period, and the period cannot be unlocked.
      </p>
      <ConfirmButtons
        text={`Yes, lock ${period.label}`}
        pending={lock.isPending}
        onConfirm={() => lock.mutate({ periodId: period.id })}
        cancel="/periods"
      />
    </>
  );
}
