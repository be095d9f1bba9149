import { BackLink, ErrorSummary, PendingButton, formatDay } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { AdminTable } from '../../components/admin-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CarriedForward, NextYearWarnings } from './next-year-carried.tsx';
import { useTRPC, useFormErrors } from '@belonging/client';

/**
 * "Start the next year": the next financial year's quarters with their windows and board dates,
 * what carries forward and what to check, before anything is written; then one click creates them.
 */
export function NextYearPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const preview = useQuery(trpc.admin.period.nextYearPreview.queryOptions());
  const plan = preview.data;
  usePageTitle(plan?.ok ? `Start ${plan.year}` : 'Start the next year');
  const e = useFormErrors();
  const start = useMutation(
    trpc.admin.period.startNextYear.mutationOptions({
      onSuccess: async (created) => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.period.pathFilter()),
          queryClient.invalidateQueries(trpc.admin.period.pathFilter()),
        ]);
        void navigate('/periods', { state: { started: created.year } });
      },
      onError: async (error) => {
        e.fromServer(error);
        // The plan moved since it was shown: show the new one under the message.
        await queryClient.invalidateQueries(trpc.admin.period.nextYearPreview.queryFilter());
      },
    }),
  );

  const back = <BackLink href="/periods" text="Back to reporting periods" Link={RouterLink} />;
  if (preview.isPending || preview.isError)
    return (
      <>
        {back}
        <QueryState error={preview.error} what="the next year’s plan" />
      </>
    );
  if (!preview.data.ok)
    return (
      <>
        {back}
        <h1>The next year cannot start</h1>
        <p>{preview.data.message}</p>
        <p>
          <Link to="/periods">Go back to reporting periods</Link>
        </p>
      </>
    );
  const next = preview.data;
  return (
    <>
      {back}
      <h1>Start {next.year}</h1>
      <ErrorSummary errors={[]} description={e.message ?? undefined} />
      <p className="nhsuk-lede-text">
        Nothing is created until you choose “Create the {next.year} quarters”.
      </p>
      <p>
        {next.basedOn
          ? `Each update window and board meeting falls the same number of days from its quarter’s end as in ${next.basedOn}.`
          : 'There are no reporting periods yet, so each window follows the NHS default: it opens 14 days before the quarter ends and closes 21 days after.'}
      </p>
      {next.carried ? (
        <NextYearWarnings year={next.year} warnings={next.warnings} carried={next.carried} />
      ) : null}
      <AdminTable
        caption={`The ${next.year} quarters`}
        headers={['Quarter', 'Dates', 'Update window', 'Board meeting']}
      >
        {next.quarters.map((q) => (
          <tr className="nhsuk-table__row" key={q.label}>
            <th className="nhsuk-table__header" scope="row">
              {q.label}
            </th>
            <td className="nhsuk-table__cell">
              {formatDay(q.startDate)} to {formatDay(q.endDate)}
            </td>
            <td className="nhsuk-table__cell">
              {formatDay(q.windowOpens)} to {formatDay(q.windowCloses)}
            </td>
            <td className="nhsuk-table__cell">
              {q.boardDate ? formatDay(q.boardDate) : 'None planned'}
            </td>
          </tr>
        ))}
      </AdminTable>
      {next.carried ? <CarriedForward year={next.year} carried={next.carried} /> : null}
      <div className="bt-actions">
        <PendingButton
          className="nhsuk-button"
          pending={start.isPending}
          onClick={() => {
            e.clear();
            start.mutate({ year: next.year, planKey: next.key });
          }}
        >
          Create the {next.year} quarters
        </PendingButton>
        <Link className="nhsuk-button nhsuk-button--secondary" to="/periods">
          Cancel
        </Link>
      </div>
    </>
  );
}
